using System.Text;
using KooAssistent.Conversation.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KooAssistent.Conversation.Replies;

/// <summary>
/// The one place resident-facing sentences come from. Loaded from <c>knowledge/replies/{language}.yaml</c>;
/// contact details are written as placeholders (<c>{koo.phone}</c>) and filled from the organisations file, so a
/// changed phone number is edited in one place. Loading fails loudly on a missing text, an unknown key or a
/// placeholder that does not resolve, so a broken catalogue never reaches a resident.
/// </summary>
public sealed class ReplyCatalogue
{
    /// <summary>The languages the bot speaks; each has a complete catalogue.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "en"];

    /// <summary>WhatsApp's limit for a reply button title.</summary>
    public const int MaxButtonLength = 20;

    private readonly Dictionary<ReplyKey, string> texts;

    private ReplyCatalogue(string language, Dictionary<ReplyKey, string> texts)
    {
        Language = language;
        this.texts = texts;
    }

    public string Language { get; }

    public string this[ReplyKey key] => texts[key];

    /// <summary>The key as written in the YAML file: <see cref="ReplyKey.NoGoodAnswer"/> is <c>no_good_answer</c>.</summary>
    public static string KeyName(ReplyKey key) => ToSnakeCase(key.ToString());

    public static ReplyCatalogue Load(KnowledgeFolder folder, OrganisationDirectory organisations, string language = "nl")
    {
        var fileName = $"replies/{language}.yaml";
        var raw = Parse(fileName, folder.ReadText(fileName));

        var texts = new Dictionary<ReplyKey, string>();
        foreach (var key in Enum.GetValues<ReplyKey>())
        {
            var name = KeyName(key);
            if (!raw.Remove(name, out var text) || string.IsNullOrWhiteSpace(text))
            {
                throw new KnowledgeException($"{fileName}: the text '{name}' is missing.");
            }

            texts[key] = FillPlaceholders(fileName, name, text.Trim(), organisations, language);
            if (name.StartsWith("button_", StringComparison.Ordinal) && texts[key].Length > MaxButtonLength)
            {
                throw new KnowledgeException($"{fileName}: '{name}' is {texts[key].Length} characters; a button holds at most {MaxButtonLength}.");
            }
        }

        if (raw.Count > 0)
        {
            throw new KnowledgeException($"{fileName}: unknown text(s) {string.Join(", ", raw.Keys.Order(StringComparer.Ordinal))}; the bot never uses them.");
        }

        return new ReplyCatalogue(language, texts);
    }

    private static Dictionary<string, string> Parse(string fileName, string yaml)
    {
        try
        {
            return new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>?>(yaml)
                ?? throw new KnowledgeException($"{fileName}: the file is empty.");
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{fileName}: {exception.Message}", exception);
        }
    }

    private static string FillPlaceholders(string fileName, string name, string text, OrganisationDirectory organisations, string language) =>
        ContactPlaceholders.Fill(text, organisations, language, (_, problem) => throw new KnowledgeException($"{fileName}: '{name}' mentions {problem}."));

    private static string ToSnakeCase(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 8);
        foreach (var character in pascalCase)
        {
            if (char.IsUpper(character) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }
}
