using System.Collections.Concurrent;
using System.Threading.Channels;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Tells open staff consoles that something changed ("tickets", or "conversation:{id}"), so they refresh without
/// reloading. Only the kind of change travels, never content: the console fetches what it may see.
/// </summary>
public sealed class StaffEvents
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> listeners = new();

    public void Publish(string change)
    {
        foreach (var listener in listeners.Values)
        {
            listener.Writer.TryWrite(change);
        }
    }

    public (Guid Id, ChannelReader<string> Reader) Subscribe()
    {
        // Bounded and dropping: a slow console misses a nudge, never blocks the bot.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        listeners[id] = channel;
        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (listeners.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }
}
