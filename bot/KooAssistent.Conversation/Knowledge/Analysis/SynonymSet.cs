using KooAssistent.Conversation.Understanding.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Groups of words and phrases residents use for the same thing (<c>knowledge/data/synonyms.yaml</c>): "poen",
/// "centen" and "geld"; "rood staan" and "roodstand". Each member found in a text adds the group's name as an
/// extra term, so a question and an article that use different words still meet.
/// </summary>
public sealed class SynonymSet
{
    public const string FileName = "data/synonyms.yaml";

    /// <summary>Longest member, in words; longer phrases are not looked for.</summary>
    public const int MaxPhraseWords = 4;

    private readonly Dictionary<string, string> groupOf;

    private SynonymSet(Dictionary<string, string> groupOf) => this.groupOf = groupOf;

    public static SynonymSet Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => groupOf.Count;

    /// <exception cref="KnowledgeException">The file is malformed, a group is too small, or a phrase sits in two groups.</exception>
    public static SynonymSet Load(KnowledgeFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        SynonymsFile? file;
        try
        {
            file = new DeserializerBuilder().Build().Deserialize<SynonymsFile?>(folder.ReadText(FileName));
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{FileName}: {exception.Message}", exception);
        }

        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var group in file?.groups ?? [])
        {
            number++;
            var members = group.Select(TextNormalizer.Normalize).Where(member => member.Length > 0).Distinct().ToList();
            if (members.Count < 2)
            {
                throw new KnowledgeException($"{FileName}: group {number} needs at least two words or phrases.");
            }

            var name = "~" + members[0].Replace(' ', '_');
            foreach (var member in members)
            {
                if (member.Count(character => character == ' ') >= MaxPhraseWords)
                {
                    throw new KnowledgeException($"{FileName}: '{member}' in group {number} is longer than {MaxPhraseWords} words.");
                }

                if (groupOf.TryGetValue(member, out var other) && other != name)
                {
                    throw new KnowledgeException($"{FileName}: '{member}' is in group {number} and in the group of '{other[1..].Replace('_', ' ')}'.");
                }

                groupOf[member] = name;
            }
        }

        return new SynonymSet(groupOf);
    }

    /// <summary>The group names for every member phrase found in the words, in order.</summary>
    public IEnumerable<(string Group, int Start, int Length)> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = Math.Min(MaxPhraseWords, words.Count - start); length >= 1; length--)
            {
                var phrase = length == 1 ? words[start] : string.Join(' ', words.Skip(start).Take(length));
                if (groupOf.TryGetValue(phrase, out var group))
                {
                    yield return (group, start, length);
                    break;
                }
            }
        }
    }

    // YamlDotNet maps the top-level key by name; lower case to match the file.
#pragma warning disable IDE1006, SA1300 // The property name is the YAML key.
    private sealed class SynonymsFile
    {
        public List<List<string>>? groups { get; set; }
    }
#pragma warning restore IDE1006, SA1300
}
