using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KooAssistent.Bot.Tests.Fuzzing;

/// <summary>
/// Writes a JSON text shaped like a template, with some values swapped for hostile ones: other types, huge and
/// fractional numbers, lone surrogates, control characters, very long strings, deep nesting; and now and then text
/// that is not JSON at all. Written by hand, because a serializer refuses to write most of what a fuzzer wants to send.
/// </summary>
internal sealed class RandomJson(Random random)
{
    private static readonly string[] Strings =
    [
        string.Empty, " ", "x", "nl-NL", "en", "ja", "0", "-1", "null", "true", "Café ë 😀", "<script>alert(1)</script>",
        "../../etc/passwd", "%00", "' OR 1=1 --", "josé", "名前", "a b", "message", "event", "typing", "conversationUpdate",
        "1764000000", "99999999999999999999", "-62135596800", "253402300800", "sha256=", "Queued", "opgelost", "medewerker",
        "beheerder", "coordinator",
    ];

    private static readonly string[] RawValues =
    [
        "null", "true", "false", "0", "-0", "1", "-1", "1e999", "-1e999", "1.5", "9223372036854775808", "99999999999999999999999",
        "\"\\ud800\"", "\"\\udfff x\"", "\"a\\u0000b\"", "\"\\ud83d\"", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":[]}}", "\"\"",
    ];

    private static readonly string[] NotJson =
    [
        string.Empty, "{", "}", "[", "{\"a\":", "{\"a\" 1}", "nul", "'single'", "{\"a\":\"\\x\"}", "\u00ff\u00fe", "<xml/>", "a=b&c=d",
        "{\"a\":1}}", "\"\\ud800\"", "[,]", "{\"a\":01}",
    ];

    public string Mutate(JsonNode template)
    {
        var roll = random.NextDouble();
        if (roll < 0.08)
        {
            return NotJson[random.Next(NotJson.Length)];
        }

        if (roll < 0.12)
        {
            return Deep(random.Next(30, 120));
        }

        var builder = new StringBuilder();
        Write(template, builder, depth: 0);
        var text = builder.ToString();
        return random.NextDouble() < 0.05 && text.Length > 2 ? text[..random.Next(1, text.Length)] : text;
    }

    public string Value() => random.NextDouble() < 0.5
        ? RawValues[random.Next(RawValues.Length)]
        : JsonSerializer.Serialize(Text());

    public string Text()
    {
        var roll = random.NextDouble();
        return roll < 0.1 ? new string((char)random.Next('a', 'z' + 1), random.Next(100, 6000))
            : roll < 0.15 ? new string((char)random.Next(0, 32), random.Next(1, 5))
            : Strings[random.Next(Strings.Length)];
    }

    /// <summary>Objects nested <paramref name="depth"/> deep, in the places a client may put free-form JSON.</summary>
    public static string Deep(int depth)
    {
        var builder = new StringBuilder("{\"type\":\"message\",\"text\":\"diep\",\"channelData\":");
        for (var level = 0; level < depth; level++)
        {
            builder.Append("{\"a\":");
        }

        builder.Append('1').Append('}', depth).Append('}');
        return builder.ToString();
    }

    private void Write(JsonNode? node, StringBuilder builder, int depth)
    {
        if (random.NextDouble() < 0.07)
        {
            builder.Append(depth > 6 ? "1" : Value());
            return;
        }

        switch (node)
        {
            case JsonObject values:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in values)
                {
                    if (random.NextDouble() < 0.06)
                    {
                        continue;
                    }

                    builder.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, builder, depth + 1);
                    first = false;
                }

                if (random.NextDouble() < 0.05)
                {
                    builder.Append(first ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"\"extra{random.Next(9)}\":").Append(Value());
                }

                builder.Append('}');
                break;
            case JsonArray items:
                builder.Append('[');
                for (var index = 0; index < items.Count; index++)
                {
                    builder.Append(index == 0 ? string.Empty : ",");
                    Write(items[index], builder, depth + 1);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(node is null ? "null" : node.ToJsonString());
                break;
        }
    }
}
