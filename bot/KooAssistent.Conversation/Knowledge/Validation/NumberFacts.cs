using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Knowledge.Validation;

/// <summary>
/// Every number an article tells a resident (an amount, an age, a year, hours, a percentage) must name its source:
/// the front matter's <c>facts</c> map holds each number as written, with the address that confirms it, and that
/// address is one of the article's <c>sources</c>. A phone number is never written out: it comes from the
/// organisations file through a placeholder, so it is checked there once.
/// </summary>
/// <remarks>
/// Digits inside <c>{placeholders}</c>, inside link addresses and in the markers of a numbered list are not facts.
/// Digits glued to letters before them (PowerUp073) are part of a name.
/// </remarks>
public static partial class NumberFacts
{
    /// <param name="body">The Markdown as written, before placeholders are filled.</param>
    /// <param name="bodyLine">The file line the body starts on.</param>
    /// <param name="factsLine">The file line of the <c>facts</c> key, for problems with an entry.</param>
    /// <param name="phones">Phone numbers of the organisations, which the body must not spell out.</param>
    public static IEnumerable<KnowledgeIssue> Check(
        string file,
        string body,
        int bodyLine,
        IReadOnlyDictionary<string, string>? facts,
        IReadOnlyCollection<Uri> sources,
        int factsLine,
        IEnumerable<string> phones)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(phones);
        int LineOf(int index) => bodyLine + body.AsSpan(0, Math.Min(index, body.Length)).Count('\n');

        foreach (Match link in TelLink().Matches(body))
        {
            if (link.Groups["target"].Value.Any(char.IsAsciiDigit))
            {
                yield return new KnowledgeIssue(file, LineOf(link.Index), IssueSeverity.Error, $"phone number '{link.Groups["target"].Value}' in a link: write a placeholder such as {{koo.phone}}");
            }
        }

        var text = Mask(body);
        var knownPhones = phones.SelectMany(phone => phone.Split(" of ", StringSplitOptions.RemoveEmptyEntries))
            .Select(DigitsOf)
            .Where(digits => digits.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);
        var phoneSpans = new List<(int Start, int End)>();
        foreach (Match number in PhoneLike().Matches(text))
        {
            var digits = DigitsOf(number.Value);
            var amount = number.Index > 0 && text[..number.Index].TrimEnd().EndsWith('€');
            if (!amount && (knownPhones.Contains(digits) || (digits[0] == '0' && digits.Length >= 8) || digits.StartsWith("31", StringComparison.Ordinal) && number.Value.StartsWith('+')))
            {
                phoneSpans.Add((number.Index, number.Index + number.Length));
                yield return new KnowledgeIssue(file, LineOf(number.Index), IssueSeverity.Error, $"phone number '{number.Value.Trim()}' written out: use a placeholder such as {{koo.phone}}, so the number lives once in {OrganisationDirectory.FileName}");
            }
        }

        var covered = new List<(int Start, int End)>();
        foreach (var (written, address) in facts ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(written) || !written.Any(char.IsAsciiDigit))
            {
                yield return new KnowledgeIssue(file, factsLine, IssueSeverity.Error, $"facts: '{written}' is not a number as written in the text");
                continue;
            }

            if (!Uri.TryCreate(address, UriKind.Absolute, out var source) || source.Scheme != Uri.UriSchemeHttps)
            {
                yield return new KnowledgeIssue(file, factsLine, IssueSeverity.Error, $"facts: the source of '{written}' must be an https address, not '{address}'");
            }
            else if (!sources.Contains(source))
            {
                yield return new KnowledgeIssue(file, factsLine, IssueSeverity.Error, $"facts: the source of '{written}' ({address}) is not in 'sources'");
            }

            var found = Occurrences(text, written).ToList();
            if (found.Count == 0)
            {
                yield return new KnowledgeIssue(file, factsLine, IssueSeverity.Error, $"facts: '{written}' does not occur in the text (write it exactly as in the text, or remove the entry)");
            }

            covered.AddRange(found);
        }

        foreach (Match number in Number().Matches(text))
        {
            var end = number.Index + number.Length;
            if (phoneSpans.Exists(span => span.Start <= number.Index && end <= span.End))
            {
                continue;
            }

            if (!covered.Exists(span => span.Start <= number.Index && end <= span.End))
            {
                yield return new KnowledgeIssue(file, LineOf(number.Index), IssueSeverity.Error, $"the number '{number.Value}' has no source: add it to 'facts' as written, with the address that confirms it, or leave it out");
            }
        }
    }

    /// <summary>The body with placeholders, link addresses and list markers blanked out; positions stay where they were.</summary>
    private static string Mask(string body)
    {
        var masked = Placeholder().Replace(body, Blank);
        masked = LinkTarget().Replace(masked, Blank);
        masked = BareAddress().Replace(masked, Blank);
        return ListMarker().Replace(masked, Blank);
    }

    private static string Blank(Match match) => new(' ', match.Length);

    /// <summary>Where <paramref name="written"/> stands in the text as a whole number, not as part of a longer one.</summary>
    private static IEnumerable<(int Start, int End)> Occurrences(string text, string written)
    {
        for (var index = text.IndexOf(written, StringComparison.Ordinal); index >= 0; index = text.IndexOf(written, index + 1, StringComparison.Ordinal))
        {
            var end = index + written.Length;
            var before = index > 0 && char.IsAsciiDigit(written[0]) && (char.IsLetterOrDigit(text[index - 1]) || (index > 1 && text[index - 1] is '.' or ',' && char.IsAsciiDigit(text[index - 2])));
            var after = end < text.Length && char.IsAsciiDigit(written[^1]) && (char.IsAsciiDigit(text[end]) || (end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1])));
            if (!before && !after)
            {
                yield return (index, end);
            }
        }
    }

    private static string DigitsOf(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    // A number as a reader sees it: digits with thousands or decimal separators, not glued to a name before it.
    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    // Digit groups joined by spaces or hyphens, as phone numbers are written (073 206 88 88, 0800-8115, +31 6 ...).
    [GeneratedRegex(@"(?<![\p{L}\d.,])\+?\d+(?:[ -]\d+)*(?![\d.,]\d)")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"\{[a-z0-9-]+\.[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<=\]\()[^)\s]+(?=\))")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex BareAddress();

    [GeneratedRegex(@"^[ \t]*\d+\.(?=\s)", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\]\((?<target>tel:[^)\s]*)\)")]
    private static partial Regex TelLink();
}
