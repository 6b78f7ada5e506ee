using KooAssistent.Conversation.Activities;

namespace KooAssistent.Conversation.Dialog;

/// <param name="Replies">Activities the bot sends, in order; routing fields (ids, from, conversation) are filled in by the caller.</param>
/// <param name="State">What the brain wants back on the next turn, serialised by the brain itself; the store treats it as opaque.</param>
/// <param name="Decision">What the brain decided and why; null for turns without a decision (a welcome, an event).</param>
/// <param name="Handoff">Set on the turn the resident agreed to be passed to a Buurtteam: the host opens a ticket with it.</param>
/// <param name="Feedback">Set on the turn the resident pressed 👍 or 👎 on an answer.</param>
/// <param name="Erasure">Where the turn is in erasing the conversation at the resident's request: on <see cref="ErasureStep.Confirmed"/> the host erases the transcript and any ticket before storing the replies.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, string? State, TurnDecision? Decision = null, Handoff.HandoffRequest? Handoff = null, ErasureStep Erasure = ErasureStep.None, ArticleFeedback? Feedback = null)
{
    public static TurnResult Silent(string? state) => new([], state);
}
