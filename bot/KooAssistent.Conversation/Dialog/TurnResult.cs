using KooAssistent.Conversation.Activities;

namespace KooAssistent.Conversation.Dialog;

/// <param name="Replies">Activities the bot sends, in order; routing fields (ids, from, conversation) are filled in by the caller.</param>
/// <param name="State">What the brain wants back on the next turn, serialised by the brain itself; the store treats it as opaque.</param>
/// <param name="Decision">What the brain decided and why; null for turns without a decision (a welcome, an event).</param>
/// <param name="Handoff">Set on the turn the resident agreed to be passed to a Buurtteam: the host opens a ticket with it.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, string? State, TurnDecision? Decision = null, Handoff.HandoffRequest? Handoff = null)
{
    public static TurnResult Silent(string? state) => new([], state);
}
