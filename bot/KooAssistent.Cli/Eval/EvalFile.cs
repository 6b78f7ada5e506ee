using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Cli.Eval;

/// <summary>Reads evaluation input and writes results, both JSON Lines; a bad line is reported with its number, never skipped silently.</summary>
internal static class EvalFile
{
    private static readonly JsonSerializerOptions Output = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<EvalCase> Read(TextReader reader, out IReadOnlyList<string> problems)
    {
        var cases = new List<EvalCase>();
        var errors = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
                var turns = root.TryGetProperty("turns", out var turnsElement) && turnsElement.ValueKind == JsonValueKind.Array
                    ? turnsElement.EnumerateArray().Select(turn => turn.GetString() ?? string.Empty).ToList()
                    : null;
                if (string.IsNullOrEmpty(id) || turns is not { Count: > 0 })
                {
                    errors.Add($"line {number}: needs an \"id\" and a non-empty \"turns\" array");
                    continue;
                }

                if (!ids.Add(id))
                {
                    errors.Add($"line {number}: id \"{id}\" is used twice");
                    continue;
                }

                cases.Add(new EvalCase(id, turns, Optional(root, "route"), Optional(root, "theme"), Optional(root, "kind")));
            }
            catch (JsonException exception)
            {
                errors.Add($"line {number}: not valid JSON ({exception.Message})");
            }
        }

        problems = errors;
        return cases;
    }

    public static void Write(TextWriter writer, IEnumerable<EvalOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            writer.WriteLine(JsonSerializer.Serialize(outcome, Output));
        }
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
