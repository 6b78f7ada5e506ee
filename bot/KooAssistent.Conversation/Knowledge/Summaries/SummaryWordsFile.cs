using System.Reflection;
using System.Text.RegularExpressions;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Understanding.Domains;
using KooAssistent.Conversation.Understanding.Recognizers;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KooAssistent.Conversation.Knowledge.Summaries;

/// <summary>
/// Loads and checks <see cref="SummaryWords.FileName"/>: every code the brain writes into a handoff's summary has
/// words, no key is there that the program never uses, and only the placeholders that can be filled are written.
/// </summary>
public static partial class SummaryWordsFile
{
    internal const string Themes = "themes";
    internal const string Domains = "domains";
    internal const string Pressure = "pressure";
    internal const string Crisis = "crisis";
    internal const string Reasons = "reasons";
    internal const string Facts = "facts";
    internal const string Contact = "contact";
    internal const string Languages = "languages";
    internal const string UnknownSection = "unknown";
    internal const string Subject = "subject";
    internal const string ValuePlaceholder = "{waarde}";
    internal const string CodePlaceholder = "{code}";

    /// <summary>The reasons the brain gives for a handoff (TriageDecider, TriageAnswers, TriageBrain), as code or code prefix.</summary>
    public static readonly IReadOnlyList<string> KnownReasons =
    [
        "asks-for-person", "button:person", "not-helped", "vague", "domains", "domains-answered", "pressure", "tangle-vote",
        "unclassified-with-pressure", "answer-with-offer", "danger-question:no", "danger-question:yes", "crisis", "crisis:earlier",
    ];

    /// <summary>The kinds of fact a handoff's summary lists (HandoffDialog); any other recognizer kind may be added.</summary>
    private static readonly IReadOnlyList<string> FactKinds =
        [nameof(EntityKind.Money), nameof(EntityKind.Date), nameof(EntityKind.Duration), nameof(EntityKind.Age), nameof(EntityKind.PhoneNumber)];

    /// <exception cref="KnowledgeException">The file is malformed, misses words for a code, has a key nobody uses or a placeholder that cannot be filled.</exception>
    public static SummaryWords Load(KnowledgeFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Dictionary<string, Dictionary<string, string>?>? file;
        try
        {
            file = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string>?>?>(folder.ReadText(SummaryWords.FileName));
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{SummaryWords.FileName}: {exception.Message}", exception);
        }

        var required = Required();
        file ??= [];
        var unknownSections = file.Keys.Where(section => !required.ContainsKey(section)).Order(StringComparer.Ordinal).ToList();
        if (unknownSections.Count > 0)
        {
            throw new KnowledgeException($"{SummaryWords.FileName}: unknown section(s) {string.Join(", ", unknownSections)}; the sections are {string.Join(", ", required.Keys)}.");
        }

        var sections = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (section, (keys, openEnded)) in required)
        {
            var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, text) in file.GetValueOrDefault(section) ?? [])
            {
                if (!openEnded && !keys.Contains(key, StringComparer.Ordinal))
                {
                    throw new KnowledgeException($"{SummaryWords.FileName}: '{section}.{key}' is not a code the bot uses ({string.Join(", ", keys)}).");
                }

                words[key] = Checked(section, key, text);
            }

            var missing = keys.Where(key => !words.ContainsKey(key)).ToList();
            if (missing.Count > 0)
            {
                throw new KnowledgeException($"{SummaryWords.FileName}: '{section}' needs words for {string.Join(", ", missing)}.");
            }

            sections[section] = words;
        }

        return new SummaryWords(sections);
    }

    private static string Checked(string section, string key, string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Contains('\n', StringComparison.Ordinal))
        {
            throw new KnowledgeException($"{SummaryWords.FileName}: '{section}.{key}' needs one line of text.");
        }

        var allowed = section switch
        {
            Reasons => ValuePlaceholder,
            UnknownSection => CodePlaceholder,
            _ => null,
        };
        var wrong = Placeholder().Matches(trimmed).Select(match => match.Value).Where(found => found != allowed).ToList();
        if (wrong.Count > 0)
        {
            throw new KnowledgeException(
                $"{SummaryWords.FileName}: '{section}.{key}' uses {string.Join(", ", wrong)}; {(allowed is null ? "this section has no placeholders" : $"only {allowed} is filled here")}.");
        }

        return trimmed;
    }

    /// <summary>Per section: the keys that must have words, and whether other keys are allowed too.</summary>
    private static Dictionary<string, (IReadOnlyList<string> Keys, bool OpenEnded)> Required()
    {
        var domains = typeof(LifeDomains).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!).ToList();
        string[] main = [Themes, Domains, Pressure, Crisis, Reasons, Facts, Contact, Languages];
        return new Dictionary<string, (IReadOnlyList<string>, bool)>(StringComparer.Ordinal)
        {
            [Themes] = (Articles.Themes.All, false),
            [Domains] = (domains, false),
            [Pressure] = (Understanding.Domains.Pressure.All, false),
            [Crisis] = (Enum.GetNames<CrisisCategory>(), false),
            [Reasons] = (KnownReasons, false),

            // Facts may name any recognizer kind and languages any language, so a later one needs no code change.
            [Facts] = (FactKinds, true),
            [Contact] = (Enum.GetNames<ContactPreference>(), false),
            [Languages] = (["nl", "en"], true),
            [UnknownSection] = ([.. main, Subject], false),
        };
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
