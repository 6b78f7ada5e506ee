using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Turns one bot activity into Graph API message bodies: Markdown made readable (bold as *bold*, links as
/// "text (url)"), text split at sentence ends under 4,096 characters, up to three buttons as reply buttons, up to
/// ten as a list, and more as numbered lines the resident can answer with a number.
/// </summary>
public static partial class WhatsAppRenderer
{
    public const int MaxTextLength = 4096;
    public const int MaxButtonBody = 1024;
    public const int MaxButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxListRows = 10;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;

    public static IReadOnlyList<JsonObject> Render(Activity activity, string to)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data && data.TryGetProperty("whatsappTemplate", out var template)
            && template.TryGetProperty("name", out var name) && template.TryGetProperty("language", out var language))
        {
            return [Template(to, name.GetString()!, language.GetString()!)];
        }

        var text = Readable(activity.Text ?? string.Empty);
        var titles = activity.SuggestedActions?.Actions.Select(action => action.Title).Where(title => title.Length > 0).ToList() ?? [];
        var bodies = new List<JsonObject>();
        if (titles.Count == 0)
        {
            bodies.AddRange(Split(text, MaxTextLength).Select(part => Text(to, part)));
            return bodies;
        }

        if (titles.Count <= MaxListRows)
        {
            var parts = Split(text.Length == 0 ? "👇" : text, titles.Count <= MaxButtons && titles.All(title => title.Length <= MaxButtonTitle) ? MaxButtonBody : MaxTextLength);
            bodies.AddRange(parts.Take(parts.Count - 1).Select(part => Text(to, part)));
            bodies.Add(titles.Count <= MaxButtons && titles.All(title => title.Length <= MaxButtonTitle) ? Buttons(to, parts[^1], titles) : List(to, parts[^1], titles));
            return bodies;
        }

        var numbered = new StringBuilder(text);
        numbered.Append("\n\n");
        for (var index = 0; index < titles.Count; index++)
        {
            numbered.Append(index + 1).Append(". ").Append(titles[index]).Append('\n');
        }

        bodies.AddRange(Split(numbered.ToString().TrimEnd(), MaxTextLength).Select(part => Text(to, part)));
        return bodies;
    }

    /// <summary>WhatsApp shows *bold* and plain URLs; Markdown links and **bold** would show their brackets and stars.</summary>
    public static string Readable(string markdown) =>
        MarkdownLink().Replace(Bold().Replace(markdown, "*$1*"), match => match.Groups["text"].Value == match.Groups["url"].Value ? match.Groups["url"].Value : $"{match.Groups["text"].Value} ({match.Groups["url"].Value})");

    /// <summary>Splits at paragraph, then sentence, then word boundaries so no part exceeds <paramref name="limit"/>.</summary>
    public static List<string> Split(string text, int limit)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var window = rest[..limit];
            var cut = Best(window, "\n\n", limit) ?? Best(window, ". ", limit) ?? Best(window, "\n", limit) ?? Best(window, " ", limit) ?? limit;
            parts.Add(rest[..cut].Trim());
            rest = rest[cut..].Trim();
        }

        parts.Add(rest);
        return parts;
    }

    private static int? Best(string window, string separator, int limit)
    {
        var at = window.LastIndexOf(separator, StringComparison.Ordinal);
        return at > limit / 3 ? at + separator.Length : null;
    }

    private static JsonObject Template(string to, string name, string language) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = "template",
        ["template"] = new JsonObject { ["name"] = name, ["language"] = new JsonObject { ["code"] = language, ["policy"] = "deterministic" } },
    };

    private static JsonObject Text(string to, string body) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = "text",
        ["text"] = new JsonObject { ["body"] = body, ["preview_url"] = body.Contains("http", StringComparison.Ordinal) },
    };

    private static JsonObject Buttons(string to, string body, List<string> titles) => Interactive(to, new JsonObject
    {
        ["type"] = "button",
        ["body"] = new JsonObject { ["text"] = body },
        ["action"] = new JsonObject
        {
            ["buttons"] = new JsonArray([.. titles.Select(title => (JsonNode)new JsonObject
            {
                ["type"] = "reply",
                ["reply"] = new JsonObject { ["id"] = title, ["title"] = title },
            })]),
        },
    });

    private static JsonObject List(string to, string body, List<string> titles) => Interactive(to, new JsonObject
    {
        ["type"] = "list",
        ["body"] = new JsonObject { ["text"] = body },
        ["action"] = new JsonObject
        {
            ["button"] = "Kies",
            ["sections"] = new JsonArray(new JsonObject
            {
                ["title"] = "Onderwerpen",
                ["rows"] = new JsonArray([.. titles.Select(title => (JsonNode)Row(title))]),
            }),
        },
    });

    private static JsonObject Row(string title)
    {
        var row = new JsonObject { ["id"] = title.Length <= 200 ? title : title[..200], ["title"] = title.Length <= MaxRowTitle ? title : title[..(MaxRowTitle - 1)] + "…" };
        if (title.Length > MaxRowTitle)
        {
            row["description"] = title.Length <= MaxRowDescription ? title : title[..(MaxRowDescription - 1)] + "…";
        }

        return row;
    }

    private static JsonObject Interactive(string to, JsonObject interactive) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = "interactive",
        ["interactive"] = interactive,
    };

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>https?://[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
