using System.Data;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SQLitePCL;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>
/// The SQLite store's own read connections, kept open so a turn's reads stay prepared: each read has one to itself,
/// they never wait for the writer, hold nothing between reads, and a failed one is closed, as they all are at the end.
/// </summary>
[Trait("Provider", "Sqlite")]
public sealed class SqliteReadConnectionsTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TemporaryDirectory directory = new();
    private readonly ManualClock clock = new();
    private readonly SqliteConnectionFactory connections;
    private readonly SqliteConversationStore store;

    public SqliteReadConnectionsTests()
    {
        connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        store = new SqliteConversationStore(connections, clock);
    }

    public Task InitializeAsync() => new SqliteMigrator(connections, clock, NullLogger<SqliteMigrator>.Instance).MigrateAsync(None);

    [Fact]
    public async Task Reads_running_at_once_each_get_their_own_conversation_and_their_connections_are_kept_for_the_next()
    {
        var ids = Enumerable.Range(0, 40).Select(index => $"c-{index}").ToList();
        foreach (var id in ids)
        {
            await store.CreateConversationAsync(new NewConversation(id, "test", "u-" + id, null), None);
            await store.AppendInboundAsync(Inbound(id, "bericht van " + id, key: null), None);
        }

        for (var round = 0; round < 5; round++)
        {
            var reads = ids.Select(id => Task.Run(async () => (id, await store.GetNextTurnAsync(id, None), await store.GetActivitiesAsync(id, 0, 10, 4096, None))));
            foreach (var (id, next, page) in await Task.WhenAll(reads))
            {
                Assert.Equal(("u-" + id, "bericht van " + id), (next!.Conversation.UserId, Assert.Single(page).Activity.Text));
            }
        }

        Assert.InRange(connections.Readers.Open, 1, Math.Max(4, 2 * Environment.ProcessorCount));
    }

    [Fact]
    public async Task A_read_does_not_wait_for_a_write_in_progress_and_sees_the_last_commit()
    {
        await store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", null), None);
        await using var write = await connections.OpenForWriteAsync(None);
        await using var transaction = write.Connection.BeginTransaction(deferred: false);
        await using (var update = write.Connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE conversations SET brain_state = 'uncommitted' WHERE id = 'c-1'";
            await update.ExecuteNonQueryAsync();
        }

        // A reader that waited for this open write transaction would fail with "database is locked" after its timeout.
        var read = await store.GetConversationAsync("c-1", None);

        Assert.Null(read!.BrainState);
    }

    [Fact]
    public async Task Reads_on_kept_connections_leave_nothing_that_keeps_the_write_ahead_log_from_being_truncated()
    {
        await store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", null), None);
        await store.AppendInboundAsync(Inbound("c-1", "iets om te lezen", key: null), None);
        await store.GetNextTurnAsync("c-1", None);
        await store.GetActivitiesAsync("c-1", 0, 10, None);
        await store.GetConversationAsync("c-1", None);

        Assert.True(connections.Readers.Open > 0);
        Assert.True(await connections.TruncateWriteAheadLogAsync(None), "A kept reader held a snapshot.");
        Assert.Equal(0, new FileInfo(Path.Combine(directory.Path, "koo.db-wal")).Length);
    }

    [Fact]
    public async Task A_read_that_fails_closes_its_connection_and_the_next_read_gets_a_good_one()
    {
        await store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", null), None);
        await store.GetConversationAsync("c-1", None);
        var kept = connections.Readers.Open;
        SqliteConnection? failed = null;

        await Assert.ThrowsAsync<SqliteException>(() => connections.Readers.ReadAsync(0, (connection, _) =>
        {
            failed = connection;
            using var broken = connection.CreateCommand();
            broken.CommandText = "SELECT no_such_column FROM conversations";
            return broken.ExecuteScalar();
        }, None));

        Assert.Equal(ConnectionState.Closed, failed!.State);
        Assert.Equal(kept - 1, connections.Readers.Open);
        Assert.Equal("u-1", (await store.GetConversationAsync("c-1", None))!.UserId);
    }

    [Fact]
    public async Task Disposing_the_connections_closes_every_kept_reader_and_one_still_reading_when_it_returns()
    {
        await store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", null), None);
        SqliteConnection? first = null;
        SqliteConnection? second = null;
        await connections.Readers.ReadAsync(0, (outer, _) =>
        {
            first = outer;
            return connections.Readers.ReadAsync(0, (inner, _) => second = inner, None).GetAwaiter().GetResult();
        }, None);
        SqliteConnection? reading = null;

        await connections.Readers.ReadAsync(0, (connection, _) =>
        {
            reading = connection;
            connections.Dispose();
            return 0;
        }, None);

        var idle = reading == first ? second : first;
        Assert.NotSame(first, second);
        Assert.Equal((ConnectionState.Closed, ConnectionState.Closed, 0), (idle!.State, reading!.State, connections.Readers.Open));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetConversationAsync("c-1", None));
    }

    [Fact]
    public async Task The_reads_of_every_turn_stay_prepared_and_are_not_prepared_again_on_each_run()
    {
        // The first read opens the connection every later read takes (one at a time, they take the same kept one);
        // SQLitePCL lists a connection's statements only when asked to before they are prepared.
        await connections.Readers.ReadAsync(0, static (connection, _) =>
        {
            connection.Handle!.enable_sqlite3_next_stmt(true);
            return 0;
        }, None);
        await store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", null), None);
        for (var message = 0; message < 3; message++)
        {
            await store.AppendInboundAsync(Inbound("c-1", "bericht " + message, key: null), None);
            await store.GetNextTurnAsync("c-1", None);
            await store.GetActivitiesAsync("c-1", 0, 10, None);
            await store.GetActivitiesAsync("c-1", 0, 10, 4096, None);
            await store.GetConversationAsync("c-1", None);
        }

        var statements = await connections.Readers.ReadAsync(0, static (connection, _) => PreparedOn(connection), None);

        Assert.Equal(4, statements.Count);
        Assert.All(statements, statement => Assert.Equal((statement.Sql, 0), (statement.Sql, statement.Reprepared)));
    }

    /// <summary>Every statement prepared on the connection, with how often SQLite had to prepare it again.</summary>
    private static List<(string Sql, int Reprepared)> PreparedOn(SqliteConnection connection)
    {
        const int Reprepares = 5; // SQLITE_STMTSTATUS_REPREPARE
        var statements = new List<(string, int)>();
        for (var statement = raw.sqlite3_next_stmt(connection.Handle, null); statement is not null; statement = raw.sqlite3_next_stmt(connection.Handle, statement))
        {
            statements.Add((raw.sqlite3_sql(statement).utf8_to_string(), raw.sqlite3_stmt_status(statement, Reprepares, resetFlg: 0)));
        }

        return statements;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        connections.Dispose();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
