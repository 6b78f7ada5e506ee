namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>
/// What the brain asks the host to hand to a Buurtteam, once the resident agreed: why (reasons, life domains,
/// pressure), the resident's own recent words, recognised facts, what the bot already showed, and where the
/// resident lives as far as they said, how they want to be reached and what to call them. Personal data is in here on purpose: it is for the worker only, and the
/// host stores it with the conversation (same retention), never in logs.
/// </summary>
public sealed record HandoffRequest(
    string Theme,
    HandoffUrgency Urgency,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Pressure,
    IReadOnlyList<string> ResidentWords,
    IReadOnlyList<string> Facts,
    string? LastArticleId,
    string? Postcode,
    string? Wijk,
    string Language)
{
    public ContactPreference Contact { get; init; }

    /// <summary>For a call back or WhatsApp, when the resident gave it.</summary>
    public string? Phone { get; init; }

    public string? FirstName { get; init; }

    /// <summary>
    /// A language model's draft summary for the worker, from the resident's words after the PII redactor; shown beside
    /// this structured summary as a draft, never sent to the resident. Null without a model or when it gave none.
    /// </summary>
    public string? WorkerDraft { get; init; }
}
