using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Storage;

/// <param name="ConversationId">The conversation the sender is authorised for.</param>
/// <param name="Activity">The resident's activity, already checked and normalised by the channel; id and timestamp are assigned by the store.</param>
/// <param name="IdempotencyKey">The channel's own id for this message (Direct Line <c>clientActivityID</c>, WhatsApp message id), or null.</param>
/// <param name="Trigger">The turn to queue for it, or null when the bot need not react.</param>
/// <param name="RejectedAttachments">Files the channel dropped before storing.</param>
/// <param name="MaxStoredActivities">
/// For a channel anybody can use: the activities the conversation may hold before the resident's next one is refused
/// (<see cref="ConversationFullException"/>); the bot's and workers' replies are never refused. Null: no limit.
/// </param>
public sealed record InboundActivity(
    string ConversationId,
    Activity Activity,
    string? IdempotencyKey,
    TurnTrigger? Trigger,
    int RejectedAttachments = 0,
    int? MaxStoredActivities = null);
