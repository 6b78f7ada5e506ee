using System.CommandLine;
using System.Globalization;
using KooAssistent.Conversation.Understanding.Judgement;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo train [--corpus &lt;folder&gt;] [--out &lt;folder&gt;]</c>: trains the judgement classifier on the corpus with a
/// fixed seed, prints its held-out figures per class, and writes the model and its manifest where the brain embeds
/// them. Run it after every change to the corpus; CI fails while the shipped model does not match its corpus.
/// </summary>
internal static class TrainCommand
{
    public const string CorpusFolder = "bot/KooAssistent.Conversation/Understanding/Judgement/Corpus";
    public const string ModelFolder = "bot/KooAssistent.Conversation/Understanding/Judgement/Model";

    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "The corpus folder (default: " + CorpusFolder + " of this checkout)." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where the model and manifest go (default: " + ModelFolder + ")." };
        var random = new Option<bool>("--random-folds") { Description = "Also report figures on random folds (slower); the writer left out is what the thresholds are chosen on." };
        var command = new Command("train", "Train the judgement classifier on its corpus and write the model the brain ships with.") { corpus, output, random };
        command.SetAction(parse => Run(parse.GetValue(corpus), parse.GetValue(output), parse.GetValue(random), Console.Out));
        return command;
    }

    internal static int Run(DirectoryInfo? corpus, DirectoryInfo? output, bool randomFolds, TextWriter console)
    {
        var root = RepositoryRoot();
        var corpusFolder = corpus?.FullName ?? (root is null ? null : Path.Combine(root, CorpusFolder));
        var modelFolder = output?.FullName ?? (root is null ? null : Path.Combine(root, ModelFolder));
        if (corpusFolder is null || modelFolder is null || !Directory.Exists(corpusFolder))
        {
            console.WriteLine("koo train: the corpus folder was not found; run it in a checkout or pass --corpus and --out.");
            return 2;
        }

        var (model, schema, manifest) = JudgementTrainer.Train(corpusFolder, randomFolds, step => console.WriteLine("training: " + step));
        JudgementTrainer.Save(model, schema, manifest, modelFolder);
        console.Write(Describe(manifest));
        console.WriteLine($"model written to {modelFolder}");
        return 0;
    }

    internal static string Describe(JudgementManifest manifest)
    {
        var text = new System.Text.StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{manifest.Lines} lines; crisis threshold {manifest.CrisisThreshold:F3}, ask from {manifest.AskThreshold:F3}, multi-problem from {manifest.MultiProblemThreshold:F3}");
        foreach (var report in manifest.CrossValidation)
        {
            text.AppendLine(invariant, $"held out: {report.Folding} ({report.Folds} folds)");
            text.AppendLine(invariant, $"  crisis recall {report.CrisisRecall:P1} (with ask {report.CrisisRecallWithAsk:P1}); false crisis {report.FalseCrisis:P2} (with ask {report.FalseCrisisWithAsk:P2})");
            text.AppendLine(invariant, $"  multi-problem recall {report.MultiProblemRecall:P1}, precision {report.MultiProblemPrecision:P1}");
            foreach (var figures in report.PerClass)
            {
                text.AppendLine(invariant, $"  {figures.Class,-18} {figures.Lines,5} lines  precision {figures.Precision,7:P1}  recall {figures.Recall,7:P1}");
            }
        }

        return text.ToString();
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KooAssistent.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
