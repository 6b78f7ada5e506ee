using Microsoft.ML;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// Trains the classifier on the corpus, measures it on held-out folds (random folds, and one writer left out at a
/// time — the closer picture of messages written by someone else), and chooses its thresholds on those held-out
/// figures: the crisis vote fires where no more than <see cref="FalseCrisisBudget"/> of the lines that are not a
/// crisis would have fired. Reproducible: the same corpus and seed give the same model.
/// </summary>
public static class JudgementTrainer
{
    /// <summary>Share of non-crisis lines the crisis vote may fire on, held out; the rules take some of the 1 % too.</summary>
    public const double FalseCrisisBudget = 0.004;

    /// <summary>The wider band in which the bot asks "Ben je nu in gevaar?" instead.</summary>
    public const double AskBudget = 0.007;

    /// <summary>A multi-problem or person-request vote must be right this often on held-out lines to count on its own.</summary>
    public const double PrecisionTarget = 0.9;

    public const int RandomFolds = 5;

    /// <param name="randomFolds">Also measure on random folds (slower; the writer left out is the figure that counts).</param>
    public static (ITransformer Model, DataViewSchema Schema, JudgementManifest Manifest) Train(string corpusFolder, bool randomFolds = false, Action<string>? progress = null)
    {
        // Fingerprinted before reading: a training takes an hour, and the manifest must name the corpus it read, not
        // whatever the folder holds when it ends.
        var fingerprint = JudgementCorpus.Fingerprint(corpusFolder);
        var lines = JudgementCorpus.Read(corpusFolder);
        var ml = new MLContext(JudgementPipeline.Seed);
        var classes = lines.Select(line => line.Class).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        progress?.Invoke($"{lines.Count} lines, {classes.Count} classes; leaving one writer out at a time");
        var writerFold = WriterFolds(lines);
        var byWriter = HeldOut(lines, classes, writerFold);
        var (crisisThreshold, askThreshold) = CrisisThresholds(byWriter);
        var multiThreshold = PrecisionThreshold(byWriter, JudgementClass.MultiProblem);
        var personThreshold = PrecisionThreshold(byWriter, JudgementClass.PersonRequest);
        var singleThreshold = PrecisionThreshold(byWriter, JudgementClass.SingleQuestion);
        var reports = new List<CrossValidationReport>
        {
            Report("one writer left out", lines.Select(writerFold).Distinct().Count(), byWriter, crisisThreshold, askThreshold, multiThreshold),
        };
        if (randomFolds)
        {
            progress?.Invoke($"{RandomFolds} random folds");
            var random = HeldOut(lines, classes, line => (StableHash(line.File + ":" + line.Number) % RandomFolds).ToString(System.Globalization.CultureInfo.InvariantCulture));
            reports.Add(Report("random", RandomFolds, random, crisisThreshold, askThreshold, multiThreshold));
        }

        progress?.Invoke("the whole corpus");
        var data = ml.Data.LoadFromEnumerable(lines.Select(line => new JudgementInput { Text = JudgementText.Of(line.Text).Text, Class = line.Class }));
        var model = JudgementPipeline.Create(ml).Fit(data);
        var manifest = new JudgementManifest(fingerprint, lines.Count, JudgementPipeline.Seed, classes, crisisThreshold, askThreshold, multiThreshold, personThreshold, singleThreshold, reports);
        return (model, data.Schema, manifest);
    }

    public static void Save(ITransformer model, DataViewSchema schema, JudgementManifest manifest, string folder)
    {
        Directory.CreateDirectory(folder);
        new MLContext(JudgementPipeline.Seed).Model.Save(model, schema, Path.Combine(folder, JudgementManifest.ModelFileName));
        File.WriteAllText(Path.Combine(folder, JudgementManifest.FileName), manifest.ToJson() + "\n");
    }

    /// <summary>
    /// One fold per writer, so every line is judged by a model that never saw its writer's way of writing. A writer
    /// who alone wrote a class (the follow-ups) would leave that class unseen in their fold, so such a writer's lines
    /// are spread over the other writers' folds instead.
    /// </summary>
    private static Func<CorpusLine, string> WriterFolds(IReadOnlyList<CorpusLine> lines)
    {
        var writersOf = lines.GroupBy(line => line.Class).ToDictionary(group => group.Key, group => group.Select(line => line.File).Distinct().Count());
        var supplementary = lines.Where(line => writersOf[line.Class] == 1).Select(line => line.File).ToHashSet(StringComparer.Ordinal);
        var main = lines.Select(line => line.File).Where(file => !supplementary.Contains(file)).Distinct().Order(StringComparer.Ordinal).ToList();
        return line => supplementary.Contains(line.File) && main.Count > 0
            ? main[(int)(StableHash(line.File + ":" + line.Number) % (uint)main.Count)]
            : line.File;
    }

    /// <summary>
    /// Each line's vote from a model trained without its fold. Folds train side by side, one per core, each with its
    /// own context seeded alike, so a fold's model does not depend on the order or the machine's number of cores.
    /// </summary>
    private static List<(CorpusLine Line, JudgementVote Vote)> HeldOut(IReadOnlyList<CorpusLine> lines, IReadOnlyList<string> classes, Func<CorpusLine, string> foldOf)
    {
        var folds = lines.GroupBy(foldOf).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
        var votesByFold = new List<(CorpusLine, JudgementVote)>[folds.Count];
        Parallel.For(0, folds.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var ml = new MLContext(JudgementPipeline.Seed);
            var fold = folds[index];
            var training = ml.Data.LoadFromEnumerable(lines.Where(line => foldOf(line) != fold.Key).Select(line => new JudgementInput { Text = JudgementText.Of(line.Text).Text, Class = line.Class }));
            var model = JudgementPipeline.Create(ml).Fit(training);
            var classifier = new JudgementClassifier(ml, model, classes);
            votesByFold[index] = fold.Select(line => (line, classifier.Vote(line.Text))).ToList();
        });

        return votesByFold.SelectMany(votes => votes).ToList();
    }

    private static (float Crisis, float Ask) CrisisThresholds(List<(CorpusLine Line, JudgementVote Vote)> heldOut)
    {
        var others = heldOut.Where(pair => !JudgementClass.IsCrisis(pair.Line.Class)).Select(pair => pair.Vote.Crisis).OrderDescending().ToList();
        return (Above(others, FalseCrisisBudget), Above(others, AskBudget));
    }

    /// <summary>The lowest threshold at which at most <paramref name="share"/> of the scores reach it.</summary>
    private static float Above(List<float> descending, double share)
    {
        var allowed = (int)Math.Floor(descending.Count * share);
        return allowed >= descending.Count ? 0f : NextUp(descending[allowed]);
    }

    private static float NextUp(float value) => MathF.BitIncrement(value);

    /// <summary>The lowest threshold whose held-out precision for the class reaches the target, scanning from sure to unsure.</summary>
    private static float PrecisionThreshold(List<(CorpusLine Line, JudgementVote Vote)> heldOut, string name)
    {
        var ranked = heldOut.Select(pair => (Score: pair.Vote.Probability(name), Right: pair.Line.Class == name))
            .OrderByDescending(pair => pair.Score).ToList();
        var threshold = 1f;
        var right = 0;
        for (var index = 0; index < ranked.Count; index++)
        {
            right += ranked[index].Right ? 1 : 0;
            if ((double)right / (index + 1) >= PrecisionTarget)
            {
                threshold = ranked[index].Score;
            }
        }

        return threshold;
    }

    private static CrossValidationReport Report(string folding, int folds, List<(CorpusLine Line, JudgementVote Vote)> heldOut, float crisis, float ask, float multi)
    {
        var perClass = heldOut.Select(pair => pair.Line.Class).Distinct().Order(StringComparer.Ordinal).Select(name =>
        {
            var predicted = heldOut.Where(pair => Top(pair.Vote) == name).ToList();
            var actual = heldOut.Where(pair => pair.Line.Class == name).ToList();
            return new ClassFigures(name, actual.Count, Share(predicted.Count(pair => pair.Line.Class == name), predicted.Count), Share(actual.Count(pair => Top(pair.Vote) == name), actual.Count));
        }).ToList();
        var crises = heldOut.Where(pair => JudgementClass.IsCrisis(pair.Line.Class)).ToList();
        var others = heldOut.Where(pair => !JudgementClass.IsCrisis(pair.Line.Class)).ToList();
        var multis = heldOut.Where(pair => pair.Line.Class == JudgementClass.MultiProblem).ToList();
        var votedMulti = heldOut.Where(pair => pair.Vote.Probability(JudgementClass.MultiProblem) >= multi).ToList();
        return new CrossValidationReport(
            folding,
            folds,
            perClass,
            Share(crises.Count(pair => pair.Vote.Crisis >= crisis), crises.Count),
            Share(crises.Count(pair => pair.Vote.Crisis >= ask), crises.Count),
            Share(others.Count(pair => pair.Vote.Crisis >= crisis), others.Count),
            Share(others.Count(pair => pair.Vote.Crisis >= ask), others.Count),
            Share(multis.Count(pair => pair.Vote.Probability(JudgementClass.MultiProblem) >= multi), multis.Count),
            Share(votedMulti.Count(pair => pair.Line.Class == JudgementClass.MultiProblem), votedMulti.Count));
    }

    private static string Top(JudgementVote vote) => vote.Probabilities.MaxBy(pair => pair.Value).Key;

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    /// <summary>FNV-1a: the same fold for the same line on every machine and run (string.GetHashCode is randomised).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return hash;
    }
}
