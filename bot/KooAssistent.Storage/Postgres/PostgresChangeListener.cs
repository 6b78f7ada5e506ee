using System.Data.Common;
using KooAssistent.Storage.Changes;
using Npgsql;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// Hears the other instances' changes on a connection of its own (LISTEN) and raises them in this process. When
/// the connection drops it listens again, at once the first time and then with a growing pause; once listening
/// again it raises <see cref="Change.Everything"/>, since changes sent meanwhile were lost and every stream and
/// console should re-read once. Its own notifications it ignores: they were raised here when published.
/// </summary>
public sealed partial class PostgresChangeListener(
    PostgresDatabase database,
    PostgresChangeChannel channel,
    PostgresChangeFeed feed,
    LocalChangeFeed local,
    TimeProvider clock,
    ILogger<PostgresChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    // A connection that died without a word (a cut cable, a NAT that forgot it) is found by asking something.
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(30);

    private int backend;

    /// <summary>The server process of the listening connection; 0 while not listening.</summary>
    internal int BackendProcessId => Volatile.Read(ref backend);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => failures = 0, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbException or IOException or TimeoutException or InvalidOperationException)
            {
                Volatile.Write(ref backend, 0);
                var pause = PauseAfter(failures++);
                LogLost(exception, pause.TotalSeconds);
                try
                {
                    await Task.Delay(pause, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>None after a connection that worked, then 1, 2, 4 … seconds up to <see cref="MaxPause"/>.</summary>
    internal static TimeSpan PauseAfter(int failures) =>
        failures == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxPause.TotalSeconds, Math.Pow(2, failures - 1)));

    private async Task ListenAsync(Action listening, CancellationToken cancellationToken)
    {
        var name = await channel.NameAsync(cancellationToken);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, notification) => Receive(notification.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + PostgresChangeChannel.Quoted(name), connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        Volatile.Write(ref backend, connection.ProcessID);
        listening();
        LogListening(name);
        local.Publish(Change.Everything);
        while (true)
        {
            if (!await connection.WaitAsync(Probe, cancellationToken))
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private void Receive(string payload)
    {
        if (!PostgresChangePayload.TryParse(payload, out var change, out var origin))
        {
            LogUnknownPayload(payload.Length);
        }
        else if (!string.Equals(origin, feed.Origin, StringComparison.Ordinal))
        {
            local.Publish(change);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed: listening on channel {Channel}")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed: the listening connection was lost; listening again in {Seconds} s")]
    private partial void LogLost(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed: ignored a notification of {Length} characters this version does not understand")]
    private partial void LogUnknownPayload(int length);
}
