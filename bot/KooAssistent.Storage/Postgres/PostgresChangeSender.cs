using System.Data.Common;
using KooAssistent.Storage.Changes;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// Sends the changes <see cref="PostgresChangeFeed"/> queued to the other instances, as many as are waiting in one
/// statement. A batch that fails to send is dropped: the other instances' streams still re-read at their next
/// keep-alive, and an instance that lost its own connection re-reads everything when it listens again.
/// </summary>
public sealed partial class PostgresChangeSender(
    PostgresChangeFeed feed, PostgresDatabase database, PostgresChangeChannel channel, ILogger<PostgresChangeSender> logger) : BackgroundService
{
    private const int BatchSize = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await feed.Outgoing.WaitToReadAsync(stoppingToken))
            {
                var batch = new HashSet<Change>();
                if (feed.Overflowed())
                {
                    batch.Add(Change.Everything);
                }

                while (batch.Count < BatchSize && feed.Outgoing.TryRead(out var change))
                {
                    batch.Add(change);
                }

                await SendAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; the other instances' streams re-read at their next keep-alive.
        }
    }

    private async Task SendAsync(HashSet<Change> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload");
            command.Parameters.Add(new() { Value = await channel.NameAsync(cancellationToken) });
            command.Parameters.Add(new() { Value = batch.Select(change => PostgresChangePayload.Format(change, feed.Origin)).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or IOException or TimeoutException)
        {
            LogSendFailed(exception, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed: {Count} change(s) could not be sent to the other instances; their listeners catch up at their next keep-alive or reconnect")]
    private partial void LogSendFailed(Exception exception, int count);
}
