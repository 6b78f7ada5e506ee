using KooAssistent.Storage;
using KooAssistent.Storage.Changes;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// The one entrance for every channel: make the resident's activity durable, wake live listeners, and queue the
/// bot's turn. Returns as soon as the activity is committed; the answer follows asynchronously.
/// </summary>
public sealed class TurnPipeline(IConversationStore store, IChangeFeed changes, TurnScheduler scheduler, TimeProvider clock)
{
    // The welcome normally takes milliseconds; a slow brain must not hold the start of a chat for longer than this.
    private static readonly TimeSpan WelcomeWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Creates the conversation and runs its welcome turn before returning, so the welcome comes before anything
    /// the resident types; false when it had already started (no second welcome).
    /// </summary>
    public async Task<bool> StartConversationAsync(NewConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var created = await store.CreateConversationAsync(conversation, cancellationToken);
        if (created)
        {
            try
            {
                await scheduler.ScheduleAndWaitAsync(conversation.Id).WaitAsync(WelcomeWait, clock, cancellationToken);
            }
            catch (TimeoutException)
            {
                // The welcome is durable as a pending turn and follows on the stream.
            }
        }

        return created;
    }

    /// <exception cref="ConversationNotFoundException">The conversation was never started or has been deleted.</exception>
    public async Task<AppendResult> AcceptAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var result = await store.AppendInboundAsync(inbound, cancellationToken);
        if (!result.Duplicate)
        {
            // With the stored activity, so the resident's own stream shows it without reading it back.
            changes.Publish(Change.Conversation(inbound.ConversationId, team: null, [result.Stored!]));
        }

        // Also for a duplicate: if the first copy's turn is still pending (say, after a restart), this nudges it.
        scheduler.Schedule(inbound.ConversationId);
        return result;
    }
}
