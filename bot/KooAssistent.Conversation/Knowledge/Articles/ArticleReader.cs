using System.Globalization;
using System.Text.RegularExpressions;
using KooAssistent.Conversation.Knowledge.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KooAssistent.Conversation.Knowledge.Articles;

/// <summary>
/// Reads one article file: YAML front matter between <c>---</c> lines, then the Markdown body. Every problem is
/// reported with the file and line, and reading goes on to find the next one, so an editor sees them all at once.
/// </summary>
public static partial class ArticleReader
{
    /// <summary>Longer bodies do not fit the chat (and WhatsApp) as one short answer.</summary>
    public const int MaxBodyLength = 1500;

    private const string Fence = "---";
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static (Article? Article, IReadOnlyList<KnowledgeIssue> Issues) Read(string file, string text, OrganisationDirectory organisations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(organisations);
        var issues = new List<KnowledgeIssue>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var closing = Array.IndexOf(lines, Fence, 1);
        if (lines.Length == 0 || lines[0] != Fence || closing < 0)
        {
            issues.Add(new KnowledgeIssue(file, 1, IssueSeverity.Error, "an article starts with YAML front matter between two '---' lines"));
            return (null, issues);
        }

        var frontMatter = ParseFrontMatter(file, string.Join('\n', lines[1..closing]), issues);
        if (frontMatter is null)
        {
            return (null, issues);
        }

        var fields = new FieldLines(lines, closing);
        var bodyLine = closing + 2;
        var body = string.Join('\n', lines[(closing + 1)..]).Trim();
        var article = Check(file, frontMatter, fields, issues);
        var firstBodyLine = bodyLine + LeadingBlankLines(lines, closing + 1);
        var filledBody = CheckBody(file, body, firstBodyLine, frontMatter.Language ?? "nl", organisations, issues);
        CheckContacts(file, frontMatter.Contacts, fields, organisations, issues);
        if (body.Length > 0)
        {
            var phones = organisations.All.Select(organisation => organisation.Phone).OfType<string>();
            issues.AddRange(NumberFacts.Check(file, body, firstBodyLine, frontMatter.Facts, SourcesOf(frontMatter), fields.Of("facts"), phones));
        }

        return issues.Exists(issue => issue.Severity == IssueSeverity.Error) || article is null
            ? (null, issues)
            : (article with { Body = filledBody }, issues);
    }

    private static ArticleFrontMatter? ParseFrontMatter(string file, string yaml, List<KnowledgeIssue> issues)
    {
        try
        {
            return Yaml.Deserialize<ArticleFrontMatter?>(yaml) ?? new ArticleFrontMatter();
        }
        catch (YamlException exception)
        {
            // +1: the opening fence is line 1 of the file, the YAML starts on line 2.
            var line = (int)exception.Start.Line + 1;
            var reason = exception.InnerException?.Message ?? exception.Message;
            issues.Add(new KnowledgeIssue(file, line, IssueSeverity.Error, $"front matter: {reason}"));
            return null;
        }
    }

    private static Article? Check(string file, ArticleFrontMatter front, FieldLines fields, List<KnowledgeIssue> issues)
    {
        void Fail(string field, string message) => issues.Add(new KnowledgeIssue(file, fields.Of(field), IssueSeverity.Error, message));

        if (string.IsNullOrWhiteSpace(front.Id) || !IdPattern().IsMatch(front.Id))
        {
            Fail("id", "'id' is required: lower-case letters, digits and single hyphens (e.g. geld-schulden-eerste-stappen)");
        }
        else if (!string.Equals(Path.GetFileNameWithoutExtension(file), front.Id, StringComparison.Ordinal))
        {
            Fail("id", $"the file name must be the id: '{front.Id}.md'");
        }

        if (front.Theme is null || !Themes.All.Contains(front.Theme))
        {
            Fail("theme", $"'theme' must be one of {string.Join(", ", Themes.All)}");
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            Fail("title", "'title' is required");
        }

        if (front.Language is not ("nl" or "en"))
        {
            Fail("language", "'language' must be nl or en");
        }

        if (front.Questions is not { Count: >= 2 } || front.Questions.Exists(string.IsNullOrWhiteSpace))
        {
            Fail("questions", "give at least two example 'questions', the way residents ask them");
        }

        if (front.Keywords is not { Count: >= 1 } || front.Keywords.Exists(string.IsNullOrWhiteSpace))
        {
            Fail("keywords", "give at least one keyword");
        }

        var sources = SourcesOf(front);
        foreach (var source in (front.Sources ?? []).Where(source => !IsHttps(source)))
        {
            Fail("sources", $"source '{source}' is not an https address");
        }

        if (front.Sources is not { Count: > 0 })
        {
            Fail("sources", "give at least one https source for the facts in the article");
        }

        var hasDate = DateOnly.TryParseExact(front.Reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed);
        if (!hasDate)
        {
            Fail("reviewed", "'reviewed' must be the date someone last checked the article, as yyyy-mm-dd");
        }

        if (string.IsNullOrWhiteSpace(front.Owner))
        {
            Fail("owner", "'owner' is required: who keeps this article correct");
        }

        if (front.TranslationOf is not null && front.Language != "en")
        {
            Fail("translationOf", "'translationOf' is only for English articles; it names the Dutch original");
        }

        return issues.Count > 0 && issues.Exists(issue => issue.Severity == IssueSeverity.Error)
            ? null
            : new Article(
                front.Id!,
                front.Theme!,
                front.Title!.Trim(),
                front.Language!,
                front.Questions!.Select(question => question.Trim()).ToList(),
                front.Keywords!.Select(keyword => keyword.Trim()).ToList(),
                front.Related ?? [],
                front.Contacts ?? [],
                sources,
                FactsOf(front),
                reviewed,
                front.Owner!.Trim(),
                front.TranslationOf,
                Body: string.Empty,
                file);
    }

    private static string CheckBody(string file, string body, int bodyLine, string language, OrganisationDirectory organisations, List<KnowledgeIssue> issues)
    {
        int LineOf(int index) => bodyLine + body.AsSpan(0, Math.Min(index, body.Length)).Count('\n');

        if (body.Length == 0)
        {
            issues.Add(new KnowledgeIssue(file, bodyLine, IssueSeverity.Error, "the article has no text after the front matter"));
            return body;
        }

        foreach (Match link in MarkdownLink().Matches(body))
        {
            var target = link.Groups["target"].Value;
            if (!(target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("tel:", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                issues.Add(new KnowledgeIssue(file, LineOf(link.Index), IssueSeverity.Error, $"link '{target}' must be https, tel: or mailto:"));
            }
        }

        var filled = ContactPlaceholders.Fill(body, organisations, language, (index, problem) =>
            issues.Add(new KnowledgeIssue(file, LineOf(index), IssueSeverity.Error, problem)));
        if (filled.Length > MaxBodyLength)
        {
            issues.Add(new KnowledgeIssue(file, bodyLine, IssueSeverity.Error, $"the text is {filled.Length} characters; keep an answer under {MaxBodyLength} (split it into related articles)"));
        }

        return filled;
    }

    private static bool IsHttps(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;

    private static List<Uri> SourcesOf(ArticleFrontMatter front) =>
        [.. (front.Sources ?? []).Where(IsHttps).Select(source => new Uri(source))];

    /// <summary>The facts whose source is a usable address; <see cref="NumberFacts"/> reports the others.</summary>
    private static Dictionary<string, Uri> FactsOf(ArticleFrontMatter front) =>
        (front.Facts ?? []).Where(fact => IsHttps(fact.Value)).ToDictionary(fact => fact.Key, fact => new Uri(fact.Value), StringComparer.Ordinal);

    private static void CheckContacts(string file, List<string>? contacts, FieldLines fields, OrganisationDirectory organisations, List<KnowledgeIssue> issues)
    {
        foreach (var contact in contacts ?? [])
        {
            if (!organisations.TryGet(contact, out _))
            {
                issues.Add(new KnowledgeIssue(file, fields.Of("contacts"), IssueSeverity.Error, $"contact '{contact}' is not in {OrganisationDirectory.FileName}"));
            }
        }
    }

    private static int LeadingBlankLines(string[] lines, int from)
    {
        var count = 0;
        while (from + count < lines.Length && string.IsNullOrWhiteSpace(lines[from + count]))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>Finds the line a front-matter key is written on, for messages; the opening fence when it is missing.</summary>
    private sealed class FieldLines(string[] lines, int closing)
    {
        public int Of(string field)
        {
            for (var index = 1; index < closing; index++)
            {
                if (lines[index].StartsWith(field + ":", StringComparison.Ordinal))
                {
                    return index + 1;
                }
            }

            return 1;
        }
    }
}
