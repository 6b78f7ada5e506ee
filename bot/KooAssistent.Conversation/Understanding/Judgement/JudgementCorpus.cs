using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// Reads the training corpus: JSON Lines files of resident conversations written for this purpose by several writers,
/// each line <c>{"turns":[…],"label":…,"kind":…,"trap_of":…}</c>. Its fingerprint ties the shipped model to the
/// exact corpus it was trained on.
/// </summary>
public static class JudgementCorpus
{
    /// <summary>The turns of a conversation become one text, as the classifier reads a conversation at run time.</summary>
    public const string TurnSeparator = " \n ";

    public static IReadOnlyList<CorpusLine> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var lines = new List<CorpusLine>();
        foreach (var path in Files(folder))
        {
            var name = Path.GetFileName(path);
            var number = 0;
            foreach (var raw in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(raw);
                var root = json.RootElement;
                var turns = root.GetProperty("turns").EnumerateArray().Select(turn => turn.GetString() ?? string.Empty);
                var label = root.GetProperty("label").GetString() ?? string.Empty;
                var kind = Optional(root, "kind");
                var trapOf = Optional(root, "trap_of");
                lines.Add(new CorpusLine(name, number, string.Join(TurnSeparator, turns), JudgementLabels.ClassOf(label, kind, trapOf), label == "trap"));
            }
        }

        return lines;
    }

    /// <summary>SHA-256 over the files' names and bytes, in name order.</summary>
    public static string Fingerprint(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Files(folder))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal);

    private static string Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
