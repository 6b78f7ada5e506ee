using System.Text.Json;
using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.Conversation.Dialog.Triage;

namespace KooAssistent.LanguageModel;

/// <summary>
/// Reads the model's answer to <see cref="ModelPrompts.Danger"/>. Anything but the JSON asked for, or a danger without
/// a kind the bot has help lines for, is unreadable: the turn then goes on as without a model.
/// </summary>
internal static class DangerAnswerReader
{
    public static DangerOpinion Read(string? answer)
    {
        var json = Unfenced(answer ?? string.Empty);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("danger", out var danger) || danger.ValueKind != JsonValueKind.String)
            {
                return DangerOpinion.Unavailable("unreadable");
            }

            var kind = root.TryGetProperty("kind", out var named) && named.ValueKind == JsonValueKind.String ? Kind(named.GetString()) : null;
            return danger.GetString()?.Trim().ToLowerInvariant() switch
            {
                "none" => DangerOpinion.NoDanger,
                "possible" when kind is not null => new DangerOpinion(DangerLevel.Possible, kind),
                "crisis" when kind is not null => new DangerOpinion(DangerLevel.Crisis, kind),
                _ => DangerOpinion.Unavailable("unreadable"),
            };
        }
        catch (JsonException)
        {
            return DangerOpinion.Unavailable("unreadable");
        }
    }

    private static CrisisCategory? Kind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "suicide" => CrisisCategory.Suicide,
        "violence" => CrisisCategory.Violence,
        "child-harmed" => CrisisCategory.ChildHarmed,
        "sexual-violence" => CrisisCategory.SexualViolence,
        "medical" => CrisisCategory.Medical,
        "emergency" => CrisisCategory.Emergency,
        "mental-health" => CrisisCategory.MentalHealth,
        "harm-to-others" => CrisisCategory.HarmToOthers,
        _ => null,
    };

    /// <summary>Models often wrap JSON in a Markdown code fence even when asked not to.</summary>
    private static string Unfenced(string answer)
    {
        var text = answer.Trim();
        if (text.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = text.IndexOf('\n', StringComparison.Ordinal);
            text = firstLine < 0 ? string.Empty : text[(firstLine + 1)..];
            var fence = text.LastIndexOf("```", StringComparison.Ordinal);
            text = fence < 0 ? text : text[..fence];
        }

        return text.Trim();
    }
}
