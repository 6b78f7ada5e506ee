using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>Opens pooled connections to the bot's SQLite file with the settings every connection needs.</summary>
public sealed class SqliteConnectionFactory : IDisposable
{
    private readonly string connectionString;

    // SQLite allows one writer at a time. When two collide, Microsoft.Data.Sqlite answers "busy" by blocking the
    // thread for 150 ms and retrying, which the load benchmark showed as latency in steps of 150 ms at 40 % CPU.
    // Queueing writers here, asynchronously, removes the collisions (p99 381 ms -> 120 ms at 50 residents).
    private readonly SemaphoreSlim writeGate = new(1, 1);

    // Reads of concurrent turns, streams and polls each need a connection of their own while they run; on two cores a
    // handful run at once. More are opened when needed and closed again when they come back.
    private static readonly int KeptReaders = Math.Max(4, 2 * Environment.ProcessorCount);

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
        };
        this.connectionString = builder.ToString();
        DatabasePath = builder.DataSource;
        GroupCommit = new SqliteGroupCommit(this, writeGate);
        Readers = new SqliteReadConnections(OpenAsync, KeptReaders);
    }

    public string DatabasePath { get; }

    /// <summary>Read connections kept open, whose prepared statements serve the reads of every turn.</summary>
    internal SqliteReadConnections Readers { get; }

    /// <summary>The writer that commits the hot writes (turns, activities, tickets) together, one fsync for many.</summary>
    public SqliteGroupCommit GroupCommit { get; }

    /// <summary>A connection for a write transaction; writers in this process take turns instead of colliding.</summary>
    public async Task<SqliteWriteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            return new SqliteWriteConnection(await OpenAsync(cancellationToken), writeGate);
        }
        catch
        {
            writeGate.Release();
            throw;
        }
    }

    public void Dispose()
    {
        Readers.Dispose();
        GroupCommit.Dispose();
        writeGate.Dispose();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // FULL makes a committed transaction survive power loss, not only a process crash; the cost is an
            // fsync per commit, within the turn budget at ~700 turns/s on two cores (README, benchmarks).
            // secure_delete overwrites deleted rows with zeros, so an erased transcript does not linger in free space
            // of the file (TruncateWriteAheadLogAsync does the same for the log).
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Copies every committed change from the write-ahead log into the database file and truncates the log to zero
    /// bytes. After an erasure this is what makes it erase: the log still holds every earlier version of the erased
    /// pages (47 copies of one erased sentence in a probe, SECURITY.md) until it is truncated. Waits up to five
    /// seconds for readers.
    /// </summary>
    /// <returns>False when readers kept the log busy; the hourly retention run truncates it then.</returns>
    public async Task<bool> TruncateWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var write = await OpenForWriteAsync(cancellationToken);
        return await TruncateWriteAheadLogAsync(write.Connection, cancellationToken);
    }

    /// <summary>The same, on a write connection the caller holds, outside any transaction.</summary>
    internal static async Task<bool> TruncateWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // The connection goes back to the pool afterwards, so its own busy timeout is restored.
        var busyTimeout = await ScalarAsync(connection, "PRAGMA busy_timeout;", cancellationToken);
        try
        {
            await ScalarAsync(connection, "PRAGMA busy_timeout = 5000;", cancellationToken);

            // One row: busy (1 when readers or a writer kept the checkpoint from finishing), log frames, checkpointed frames.
            return await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken) == 0;
        }
        finally
        {
            await ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyTimeout};"), cancellationToken);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : 0;
    }
}
