using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KooAssistent.Conversation.Knowledge.Canned;

/// <summary>
/// Loads and checks <c>knowledge/canned/{language}.yaml</c>: a list of replies, each with an <c>id</c> (lower case,
/// digits and hyphens, unique in the file), a <c>title</c> for the picker and a <c>text</c> of at most
/// <see cref="MaxTextLength"/> characters that uses only the placeholders of <see cref="CannedReplies.Placeholders"/>.
/// A language without a file has no canned replies of its own (the Dutch ones are offered).
/// </summary>
public static partial class CannedRepliesFile
{
    public const int MaxTextLength = 4_000;

    public static string FileName(string language) => $"canned/{language}.yaml";

    /// <exception cref="KnowledgeException">A file is malformed or breaks one of the rules above.</exception>
    public static CannedReplies Load(KnowledgeFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var byLanguage = new Dictionary<string, IReadOnlyList<CannedReply>>(StringComparer.Ordinal);
        foreach (var language in Replies.ReplyCatalogue.Languages)
        {
            var file = FileName(language);
            if (File.Exists(Path.Combine(folder.Root, file)))
            {
                byLanguage[language] = Read(file, folder.ReadText(file));
            }
        }

        return new CannedReplies(byLanguage);
    }

    private static List<CannedReply> Read(string file, string yaml)
    {
        List<Entry>? entries;
        try
        {
            entries = new DeserializerBuilder().Build().Deserialize<List<Entry>?>(yaml);
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{file}: {exception.Message}", exception);
        }

        var replies = new List<CannedReply>();
        foreach (var entry in entries ?? [])
        {
            var id = entry.Id?.Trim() ?? string.Empty;
            if (!IdPattern().IsMatch(id))
            {
                throw new KnowledgeException($"{file}: '{id}' is not a usable id; use lower-case letters, digits and hyphens.");
            }

            if (replies.Any(reply => reply.Id == id))
            {
                throw new KnowledgeException($"{file}: the id '{id}' is used twice.");
            }

            var title = entry.Title?.Trim() ?? string.Empty;
            var text = entry.Text?.Trim() ?? string.Empty;
            if (title.Length is 0 or > 60)
            {
                throw new KnowledgeException($"{file}: '{id}' needs a title of 1 to 60 characters.");
            }

            if (text.Length is 0 or > MaxTextLength)
            {
                throw new KnowledgeException($"{file}: '{id}' needs a text of 1 to {MaxTextLength} characters.");
            }

            var unknown = PlaceholderPattern().Matches(text).Select(match => match.Value).Where(found => !CannedReplies.Placeholders.Contains(found)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                throw new KnowledgeException(
                    $"{file}: '{id}' uses {string.Join(", ", unknown)}, which cannot be filled in; the placeholders are {string.Join(", ", CannedReplies.Placeholders)}.");
            }

            replies.Add(new CannedReply(id, title, text));
        }

        return replies;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{[^{}\s]*\}")]
    private static partial Regex PlaceholderPattern();

    private sealed class Entry
    {
        [YamlMember(Alias = "id")]
        public string? Id { get; set; }

        [YamlMember(Alias = "title")]
        public string? Title { get; set; }

        [YamlMember(Alias = "text")]
        public string? Text { get; set; }
    }
}
