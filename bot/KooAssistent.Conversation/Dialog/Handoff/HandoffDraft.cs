namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>The handoff being prepared, kept in the brain's state between the consent and postcode questions.</summary>
public sealed record HandoffDraft(HandoffStage Stage, HandoffUrgency Urgency, string Theme, IReadOnlyList<string> Reasons);
