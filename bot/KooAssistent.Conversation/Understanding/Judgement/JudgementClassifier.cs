using System.Collections.Concurrent;
using KooAssistent.Conversation.Understanding.Safety;
using Microsoft.ML;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// A trained model ready to vote. ML.NET's prediction engines are not thread-safe, so each vote borrows one from a
/// small pool; the model itself is shared. About a tenth of a millisecond per vote.
/// </summary>
public sealed class JudgementClassifier
{
    /// <summary>Longer texts are cut: the classifier's view of a story does not need more, and every turn stays cheap.</summary>
    public const int MaxCharacters = 4_000;

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly IReadOnlyList<string> classes;
    private readonly ConcurrentBag<PredictionEngine<JudgementInput, JudgementOutput>> engines = [];

    public JudgementClassifier(MLContext ml, ITransformer model, IReadOnlyList<string> classes)
    {
        this.ml = ml;
        this.model = model;
        this.classes = classes;
    }

    public JudgementVote Vote(string text) => Vote(text, new DangerTurnMemo());

    /// <param name="memo">What this turn has read for danger already: a vote reads the same concepts as the danger reader.</param>
    public JudgementVote Vote(string text, DangerTurnMemo memo)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (read, bearing) = JudgementText.Of(text, memo);
        var input = new JudgementInput { Text = read };
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<JudgementInput, JudgementOutput>(model);
        }

        try
        {
            var scores = engine.Predict(input).Score;
            var probabilities = new Dictionary<string, float>(classes.Count, StringComparer.Ordinal);
            for (var index = 0; index < classes.Count && index < scores.Length; index++)
            {
                probabilities[classes[index]] = scores[index];
            }

            return new JudgementVote(probabilities, bearing);
        }
        finally
        {
            engines.Add(engine);
        }
    }
}
