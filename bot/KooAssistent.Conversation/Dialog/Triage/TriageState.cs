using System.Text.Json;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// What the triage remembers between turns, across the whole conversation: the language, crisis (never forgotten),
/// the life domains and pressure seen so far, how often the resident was vague or not helped, and the buttons last
/// offered (so a pressed button is understood exactly). Stored with the conversation; same retention as the transcript.
/// </summary>
public sealed record TriageState
{
    /// <summary>How many earlier messages are kept for signals that span messages.</summary>
    public const int RememberedMessages = 6;

    public string Language { get; init; } = "nl";

    public IReadOnlyList<CrisisCategory> Crisis { get; init; } = [];

    public bool WriterMayBeChild { get; init; }

    /// <summary>The bot asked "Ben je nu in gevaar?" about these kinds and waits for the answer.</summary>
    public IReadOnlyList<CrisisCategory> DangerAsked { get; init; } = [];

    /// <summary>Kinds the bot has asked about in this conversation: it asks once, it does not nag.</summary>
    public IReadOnlyList<CrisisCategory> DangerAskedBefore { get; init; } = [];

    public IReadOnlyList<string> Domains { get; init; } = [];

    public IReadOnlyList<string> Pressure { get; init; } = [];

    public int VagueTurns { get; init; }

    public int NotHelpfulTurns { get; init; }

    public string? LastArticleId { get; init; }

    public IReadOnlyList<string> RecentMessages { get; init; } = [];

    public IReadOnlyList<OfferedChoice> Offered { get; init; } = [];

    /// <summary>The bot asked whether to erase the conversation and waits for yes or no.</summary>
    public bool ErasureAsked { get; init; }

    /// <summary>The handoff being prepared (consent asked, postcode asked) or already requested; null when none.</summary>
    public Handoff.HandoffDraft? Handoff { get; init; }

    public static TriageState Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new TriageState();
        }

        try
        {
            return JsonSerializer.Deserialize(json, TriageStateJsonContext.Default.TriageState) ?? new TriageState();
        }
        catch (JsonException)
        {
            // State from an older build that no longer fits: start afresh rather than fail the resident's turn.
            return new TriageState();
        }
    }

    public string Serialize() => JsonSerializer.Serialize(this, TriageStateJsonContext.Default.TriageState);

    /// <summary>What is left after an erasure at the resident's request: only the language to answer in.</summary>
    public TriageState Forgotten() => new() { Language = Language };

    public TriageState Remember(string message) =>
        this with { RecentMessages = [.. RecentMessages.TakeLast(RememberedMessages - 1), message] };
}
