using System.Threading.Channels;
using KooAssistent.Storage.Changes;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// The change feed when instances share PostgreSQL: a change is raised in this process at once, and queued for
/// <see cref="PostgresChangeSender"/>, which tells the other instances with <c>pg_notify</c>. The caller has
/// committed already, so a change is never announced for a write that was rolled back.
/// </summary>
public sealed class PostgresChangeFeed(LocalChangeFeed local) : IChangeFeed
{
    /// <summary>Changes waiting to be sent. When the database is slow the queue fills; see <see cref="Overflowed"/>.</summary>
    internal const int QueueLength = 4096;

    private readonly Channel<Change> outgoing = Channel.CreateBounded<Change>(
        new BoundedChannelOptions(QueueLength) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private int overflowed;

    /// <summary>Names this instance in its payloads, so it can tell its own notifications from the others'.</summary>
    public string Origin { get; } = Guid.NewGuid().ToString("N");

    internal ChannelReader<Change> Outgoing => outgoing.Reader;

    public void Publish(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        local.Publish(change);

        // What the commit stored stays here; without it, equal changes are sent once per batch.
        if (!outgoing.Writer.TryWrite(change.Stored is null ? change : change with { Stored = null }))
        {
            // Rather than any one change, the others hear that anything may have changed.
            Volatile.Write(ref overflowed, 1);
        }
    }

    /// <summary>True once after changes were dropped for a full queue.</summary>
    internal bool Overflowed() => Interlocked.Exchange(ref overflowed, 0) == 1;
}
