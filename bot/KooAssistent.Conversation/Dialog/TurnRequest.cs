using KooAssistent.Conversation.Activities;

namespace KooAssistent.Conversation.Dialog;

/// <param name="ConversationId">Opaque id of the conversation; never shown to the resident.</param>
/// <param name="ChannelId">Where the resident is (<c>directline</c>, <c>whatsapp</c>, <c>terminal</c>), for channel-aware wording.</param>
/// <param name="Trigger">Why this turn runs.</param>
/// <param name="Inbound">The resident's activity; null when the conversation just started.</param>
/// <param name="Locale">The client's locale if it sent one (BCP-47), else null.</param>
/// <param name="State">What the brain asked to remember after the previous turn; null on the first turn.</param>
/// <param name="RejectedAttachments">Files the resident tried to send that the channel dropped unread.</param>
public sealed record TurnRequest(
    string ConversationId,
    string ChannelId,
    TurnTrigger Trigger,
    Activity? Inbound,
    string? Locale,
    string? State,
    int RejectedAttachments = 0);
