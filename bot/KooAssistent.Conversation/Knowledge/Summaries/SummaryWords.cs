using System.Globalization;

namespace KooAssistent.Conversation.Knowledge.Summaries;

/// <summary>
/// The words a Buurtteam worker reads for the codes in a handoff's summary (<c>knowledge/data/summary-words.yaml</c>):
/// "OpvoedenGezin" is "Opvoeden en gezin", "pressure:eviction" is "Onder druk: Uitzetting of ontruiming dreigt". A
/// code the file does not know yet is shown with the file's words for an unknown one and the code itself, never as
/// an empty line, so a new code in the brain degrades to something a worker can still report.
/// </summary>
public sealed class SummaryWords
{
    public const string FileName = "data/summary-words.yaml";

    /// <summary>Longest code shown as it is; anything longer is cut, so a strange value never floods the page.</summary>
    private const int MaxCodeLength = 60;

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sections;

    internal SummaryWords(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sections) => this.sections = sections;

    /// <summary>The theme of the summary ("geld"), or null when there is none.</summary>
    public string? Theme(string? code) => string.IsNullOrWhiteSpace(code) ? null : Word(SummaryWordsFile.Themes, code);

    public string Domain(string code) => Word(SummaryWordsFile.Domains, code);

    public string Pressure(string code) => Word(SummaryWordsFile.Pressure, code);

    /// <summary>A crisis category as the brain names it in a reason ("SUICIDE", "ChildHarmed"): case does not matter.</summary>
    public string Crisis(string category) => Word(SummaryWordsFile.Crisis, category);

    public string Contact(string code) => Word(SummaryWordsFile.Contact, code);

    public string Language(string code) => Word(SummaryWordsFile.Languages, code);

    /// <summary>"Money: 3000 euro" is "Bedrag: 3000 euro"; the value after the kind is the resident's and stays as it is.</summary>
    public string Fact(string fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var colon = fact.IndexOf(": ", StringComparison.Ordinal);
        var kind = colon > 0 ? fact[..colon] : string.Empty;
        var value = colon > 0 ? fact[(colon + 2)..] : fact;
        var word = sections[SummaryWordsFile.Facts].TryGetValue(kind, out var known) ? known : Unknown(SummaryWordsFile.Facts, kind);
        return $"{word}: {value}";
    }

    /// <summary>One line for a queue row: the life domains, else the theme, else the file's words for "not known yet".</summary>
    public string Subject(IReadOnlyList<string> domains, string? theme)
    {
        ArgumentNullException.ThrowIfNull(domains);
        return domains.Count > 0 ? List(domains) : Theme(theme) ?? sections[SummaryWordsFile.UnknownSection][SummaryWordsFile.Subject];
    }

    /// <summary>
    /// The reasons of a handoff in words, in their order and each once. A reason is a code ("asks-for-person"), a code
    /// with a value ("domains:Geld+Wonen", "tangle-vote:0.97", "answer-with-offer:&lt;article id&gt;"), or a whole
    /// code with its own words ("button:person"). A reason whose value is empty says nothing and is left out.
    /// </summary>
    /// <param name="articleTitle">The title of an article by id, or null when there is no such article.</param>
    public IReadOnlyList<string> Reasons(IEnumerable<string> codes, Func<string, string?> articleTitle)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(articleTitle);
        var reasons = sections[SummaryWordsFile.Reasons];
        var lines = new List<string>();
        foreach (var code in codes.Where(code => !string.IsNullOrWhiteSpace(code)))
        {
            var line = reasons.TryGetValue(code, out var whole) ? whole : Reason(code, reasons, articleTitle);
            if (line is not null && !lines.Contains(line, StringComparer.Ordinal))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private string? Reason(string code, IReadOnlyDictionary<string, string> reasons, Func<string, string?> articleTitle)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? code : code[..colon];
        if (!reasons.TryGetValue(prefix, out var template))
        {
            return Unknown(SummaryWordsFile.Reasons, code);
        }

        var value = colon < 0 ? string.Empty : code[(colon + 1)..];
        if (!template.Contains(SummaryWordsFile.ValuePlaceholder, StringComparison.Ordinal))
        {
            return template;
        }

        var words = prefix switch
        {
            "domains" or "domains-answered" => List(value.Split('+', StringSplitOptions.RemoveEmptyEntries)),
            "pressure" => value.Length == 0 ? string.Empty : Pressure(value),
            "tangle-vote" => Percentage(value),
            "crisis" => value.Length == 0 ? string.Empty : Crisis(value.Split(':')[0]),
            "answer-with-offer" or "article" => value.Length == 0 ? string.Empty : articleTitle(value) ?? Shorten(value),
            _ => Shorten(value),
        };
        return words.Length == 0 ? null : template.Replace(SummaryWordsFile.ValuePlaceholder, words, StringComparison.Ordinal);
    }

    private string List(IReadOnlyList<string> domains) => string.Join(", ", domains.Select(Domain));

    private static string Percentage(string vote) =>
        double.TryParse(vote, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1
            // Rounded down, so only a vote of exactly 1 reads as 100 %; the epsilon keeps 0.29 from reading as 28.
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Floor((share * 100) + 1e-9):0} %")
            : Shorten(vote);

    private string Word(string section, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return sections[section].TryGetValue(code, out var word) ? word : Unknown(section, code);
    }

    private string Unknown(string section, string code) =>
        sections[SummaryWordsFile.UnknownSection][section].Replace(SummaryWordsFile.CodePlaceholder, Shorten(code), StringComparison.Ordinal);

    private static string Shorten(string code)
    {
        var trimmed = code.Trim();
        return trimmed.Length <= MaxCodeLength ? trimmed : trimmed[..MaxCodeLength] + "…";
    }
}
