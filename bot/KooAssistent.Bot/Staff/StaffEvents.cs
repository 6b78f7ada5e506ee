using System.Collections.Concurrent;
using System.Threading.Channels;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Staff;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Tells open staff consoles that something changed ("tickets", or "conversation:{id}"), so they refresh without
/// reloading. Only the kind of change travels, never content: the console fetches what it may see. A change reaches
/// only those who may work the ticket's team (<see cref="StaffUser.MayWork"/>): a medewerker hears of their own
/// team and the shared queue, a coordinator of all, a beheerder of none. Changes arrive through the change feed,
/// from this instance or, on PostgreSQL, another.
/// </summary>
public sealed class StaffEvents(IOptions<StaffOptions> options) : IChangeSubscriber
{
    public const string TicketsEvent = "tickets";

    public const string ConversationEventPrefix = "conversation:";

    public const string TypingEventPrefix = "typing:";

    private readonly ConcurrentDictionary<Guid, Listener> listeners = new();
    private readonly Lock gate = new();

    /// <summary>Open event streams, of all accounts.</summary>
    public int Listeners => listeners.Count;

    public void OnChange(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change)
        {
            case { Kind: ChangeKind.Conversation, Team: { } team }:
                Publish(ConversationEventPrefix + change.ConversationId, team);
                break;
            case { Kind: ChangeKind.ResidentTyping, Team: { } team }:
                Publish(TypingEventPrefix + change.ConversationId, team);
                break;
            case { Kind: ChangeKind.Tickets, Team: { } team }:
                Publish(TicketsEvent, team);
                break;
            case { Kind: ChangeKind.Tickets or ChangeKind.Everything }:
                // "tickets" reloads the list and the open ticket: after missed changes, that is everything a console shows.
                PublishToAllWorkers(TicketsEvent);
                break;
        }
    }

    /// <summary>A change to a ticket of <paramref name="team"/>, or to the conversation that ticket is open for.</summary>
    public void Publish(string change, string team)
    {
        ArgumentNullException.ThrowIfNull(team);
        foreach (var listener in listeners.Values.Where(listener => listener.User.MayWork(team)))
        {
            listener.Channel.Writer.TryWrite(change);
        }
    }

    /// <summary>
    /// A change to the queues of several teams at once (an account's tickets back in the queue, an erasure that
    /// removed ended tickets): a nudge to reload the list for everyone who works tickets, naming no conversation.
    /// </summary>
    public void PublishToAllWorkers(string change)
    {
        foreach (var listener in listeners.Values.Where(listener => listener.User.Role is StaffRole.Medewerker or StaffRole.Coordinator))
        {
            listener.Channel.Writer.TryWrite(change);
        }
    }

    /// <returns>Null when the account already has <see cref="StaffOptions.EventStreamsPerAccount"/> streams open.</returns>
    public (Guid Id, ChannelReader<string> Reader)? Subscribe(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);

        // Bounded and dropping: a slow console misses a nudge, never blocks the bot.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        lock (gate)
        {
            var open = listeners.Values.Count(listener => string.Equals(listener.User.Username, user.Username, StringComparison.OrdinalIgnoreCase));
            if (open >= options.Value.EventStreamsPerAccount)
            {
                return null;
            }

            listeners[id] = new Listener(user, channel);
        }

        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (listeners.TryRemove(id, out var listener))
        {
            listener.Channel.Writer.TryComplete();
        }
    }

    // The user's role and team cannot change under an open stream: such a change renews the account's stamp, which
    // ends the stream before its next message.
    private sealed record Listener(StaffUser User, Channel<string> Channel);
}
