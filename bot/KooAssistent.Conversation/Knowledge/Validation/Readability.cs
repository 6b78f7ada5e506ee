using System.Globalization;
using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Knowledge.Validation;

/// <summary>
/// A rough first filter for taalniveau B1, not a substitute for an editor: short sentences (Dutch government
/// guidance aims at about 15 words on average) and few long words. Markdown, links and list markers are ignored.
/// </summary>
public static partial class Readability
{
    public const double TargetAverageWords = 15;
    public const double MaximumAverageWords = 20;
    public const int MaximumSentenceWords = 30;

    /// <summary>Letters from which a word counts as long; Dutch compounds make a lower bound too strict.</summary>
    public const int LongWordLetters = 14;

    public const double TargetLongWordShare = 0.10;

    public static ReadabilityScore Score(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = MarkdownLink().Replace(markdown, "${text}");
        text = MarkdownSyntax().Replace(text, " ");
        var sentences = SentenceEnd().Split(text)
            .Select(sentence => Word().Matches(sentence).Select(word => word.Value).ToList())
            .Where(words => words.Count > 0)
            .ToList();
        var words = sentences.SelectMany(sentence => sentence).ToList();
        if (words.Count == 0)
        {
            return new ReadabilityScore(0, 0, 0, 0);
        }

        var longWords = words.Count(word => word.Length >= LongWordLetters);
        return new ReadabilityScore(
            sentences.Count,
            (double)words.Count / sentences.Count,
            sentences.Max(sentence => sentence.Count),
            (double)longWords / words.Count);
    }

    public static IEnumerable<KnowledgeIssue> Check(string file, int line, string markdown)
    {
        var score = Score(markdown);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{score.AverageWordsPerSentence:F1} words per sentence on average, longest {score.LongestSentenceWords}, {score.LongWordShare:P0} long words");
        if (score.AverageWordsPerSentence > MaximumAverageWords || score.LongestSentenceWords > MaximumSentenceWords)
        {
            yield return new KnowledgeIssue(file, line, IssueSeverity.Error, $"not B1: {summary}; keep sentences short (aim for {TargetAverageWords}, never above {MaximumSentenceWords} words)");
        }
        else if (score.AverageWordsPerSentence > TargetAverageWords || score.LongWordShare > TargetLongWordShare)
        {
            yield return new KnowledgeIssue(file, line, IssueSeverity.Warning, $"B1 check: {summary}");
        }
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[*_#>`|]|^\s*[-+]\s|^\s*\d+\.\s", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();

    // A list item or a line of its own ends a sentence too, as it does for a reader.
    [GeneratedRegex(@"(?<=[.!?:])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'-]*")]
    private static partial Regex Word();
}
