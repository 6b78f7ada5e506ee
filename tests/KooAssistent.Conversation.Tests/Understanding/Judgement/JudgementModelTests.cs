using KooAssistent.Conversation.Understanding.Judgement;
using Microsoft.ML;

namespace KooAssistent.Conversation.Tests.Understanding.Judgement;

public sealed class JudgementModelTests
{
    /// <summary>Floors for the held-out figures with one writer left out; <c>koo train</c> prints the current ones.</summary>
    private const double CrisisRecallWithAskFloor = 0.65;
    private const double FalseCrisisWithAskCeiling = 0.01;
    private const double MultiProblemRecallFloor = 0.85;
    private const double MultiProblemPrecisionFloor = 0.85;

    [Fact]
    public void The_shipped_model_was_trained_on_the_corpus_in_the_repository()
    {
        var manifest = JudgementModel.Shipped.Manifest;

        Assert.True(JudgementCorpus.Fingerprint(Corpus.Folder) == manifest.CorpusFingerprint, "The corpus changed since the model was trained: run 'koo train' and commit the model.");
        Assert.Equal(JudgementCorpus.Read(Corpus.Folder).Count, manifest.Lines);
    }

    [Fact]
    public void Its_held_out_figures_stay_above_the_stated_floors()
    {
        var byWriter = Assert.Single(JudgementModel.Shipped.Manifest.CrossValidation, report => report.Folding == "one writer left out");

        Assert.True(byWriter.CrisisRecallWithAsk >= CrisisRecallWithAskFloor, $"crisis recall {byWriter.CrisisRecallWithAsk:P1}");
        Assert.True(byWriter.FalseCrisisWithAsk <= FalseCrisisWithAskCeiling, $"false crisis {byWriter.FalseCrisisWithAsk:P2}");
        Assert.True(byWriter.MultiProblemRecall >= MultiProblemRecallFloor, $"multi-problem recall {byWriter.MultiProblemRecall:P1}");
        Assert.True(byWriter.MultiProblemPrecision >= MultiProblemPrecisionFloor, $"multi-problem precision {byWriter.MultiProblemPrecision:P1}");
    }

    [Fact]
    public void Training_is_reproducible_with_the_same_corpus_and_seed()
    {
        var sample = JudgementCorpus.Read(Corpus.Folder).Where((_, index) => index % 12 == 0).ToList();
        var classes = sample.Select(line => line.Class).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var first = Train(sample, classes);
        var second = Train(sample, classes);

        foreach (var text in new[] { "ik wil niet meer leven", "hoe vraag ik huurtoeslag aan", "schulden, scheiding en mijn zoon gaat niet naar school" })
        {
            Assert.Equal(first.Vote(text).Probabilities, second.Vote(text).Probabilities);
        }
    }

    [Theory]
    [InlineData("nee dat bedoel ik niet. weer niks")]
    [InlineData("lol ik ga dood van het lachen om die video")]
    public void Its_crisis_vote_does_not_count_where_nothing_carries_danger(string message)
    {
        var vote = JudgementModel.Shipped.Classifier.Vote(message);

        Assert.False(vote.Bearing);
        Assert.Equal(0f, vote.Crisis);
    }

    private static JudgementClassifier Train(IReadOnlyList<CorpusLine> lines, IReadOnlyList<string> classes)
    {
        var ml = new MLContext(JudgementPipeline.Seed);
        var data = ml.Data.LoadFromEnumerable(lines.Select(line => new JudgementInput { Text = JudgementText.Of(line.Text).Text, Class = line.Class }));
        return new JudgementClassifier(ml, JudgementPipeline.Create(ml).Fit(data), classes);
    }
}
