namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>The handoff being prepared, kept in the brain's state between the questions of the handoff dialog.</summary>
public sealed record HandoffDraft(HandoffStage Stage, HandoffUrgency Urgency, string Theme, IReadOnlyList<string> Reasons)
{
    public string? Postcode { get; init; }

    public string? Wijk { get; init; }

    public ContactPreference Contact { get; init; }

    public string? Phone { get; init; }

    public string? FirstName { get; init; }
}
