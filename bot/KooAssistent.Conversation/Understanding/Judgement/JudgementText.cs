using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// What the classifier reads: the resident's words, followed by the danger concepts and rules the concept reader
/// found in them, written as words of their own ("zzcmeans", "zzrwishtodie"). So the classifier learns from both:
/// the phrasing a writer used and the meaning behind it, which carries over to phrasings it never saw.
/// </summary>
public static class JudgementText
{
    private const string Marker = "zz";

    /// <summary>The text the classifier reads, and whether it holds a concept that carries danger.</summary>
    public static (string Text, bool Bearing) Of(string text) => Of(text, new DangerTurnMemo());

    /// <param name="memo">What this turn has read for danger already.</param>
    public static (string Text, bool Bearing) Of(string text, DangerTurnMemo memo)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = text.Length > JudgementClassifier.MaxCharacters ? text[..JudgementClassifier.MaxCharacters] : text;
        var features = DangerReader.Features(cut, memo);
        var bearing = features.Any(feature => feature.StartsWith(DangerReader.BearingPrefix, StringComparison.Ordinal));
        return (cut + " " + string.Join(' ', features.Select(feature => Marker + feature.Replace("_", string.Empty, StringComparison.Ordinal))), bearing);
    }
}
