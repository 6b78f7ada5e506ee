using Dapper;
using KooAssistent.Storage.Migrations;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Bot.Tests.Persistence;

public sealed class SqliteMigratorTests
{
    [Fact]
    public async Task Migrating_twice_is_harmless_and_the_file_is_in_WAL_mode()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();

        await db.MigrateAsync();

        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        var shipped = KooAssistent.Storage.Migrations.EmbeddedMigrations.For("sqlite").Count;
        Assert.True(shipped >= 2);
        Assert.Equal(shipped, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Every_connection_commits_with_full_synchronous_durability_and_overwrites_what_it_deletes()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();

        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);

        // 2 = FULL: a committed message survives power loss, not only a crash of the process.
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"));

        // 1 = ON: deleted rows are overwritten with zeros, so an erased transcript leaves nothing in free pages.
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("PRAGMA secure_delete"));
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_an_explanation()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        await using (var connection = await db.Connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(db.MigrateAsync);

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_from_before_the_lifecycle_migration_stay_enabled_and_get_a_security_stamp_each()
    {
        using var directory = new TemporaryDirectory();
        using var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT;");
            foreach (var migration in EmbeddedMigrations.For("sqlite").Where(migration => migration.Version < 4))
            {
                await connection.ExecuteAsync(migration.Sql);
                await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@Version, @Name, 0)", new { migration.Version, migration.Name });
            }

            await connection.ExecuteAsync(
                "INSERT INTO staff_accounts (username, role, team, password_hash, created_at) VALUES ('anna', 'Medewerker', 'Buurtteam Noord', 'x', 0), ('coco', 'Coordinator', NULL, 'x', 0)");
        }

        await new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var accounts = await new SqliteStaffStore(connections, new ManualClock()).ListAsync(CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(["anna", "coco"], accounts.Select(account => account.Username));
        Assert.All(accounts, account => Assert.Null(account.DisabledAt));
        Assert.All(accounts, account => Assert.Matches("^[0-9a-f]{32}$", account.SecurityStamp));
        Assert.NotEqual(accounts[0].SecurityStamp, accounts[1].SecurityStamp);
    }

    [Fact]
    public async Task Accounts_from_before_display_names_keep_the_name_residents_saw_and_get_an_opaque_id_each()
    {
        using var directory = new TemporaryDirectory();
        using var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        await ApplyMigrationsBeforeAsync(connections, 5);
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "INSERT INTO staff_accounts (username, role, team, password_hash, created_at, security_stamp) VALUES ('anna', 'Medewerker', 'Buurtteam Noord', 'x', 0, 's1'), ('coco', 'Coordinator', NULL, 'x', 0, 's2')");
        }

        await new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var accounts = await new SqliteStaffStore(connections, new ManualClock()).ListAsync(CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(["Anna", "Coco"], accounts.Select(account => account.DisplayName));
        Assert.All(accounts, account => Assert.Matches("^[0-9a-f]{32}$", account.PublicId));
        Assert.NotEqual(accounts[0].PublicId, accounts[1].PublicId);
        Assert.Equal(["s1", "s2"], accounts.Select(account => account.SecurityStamp));
    }

    [Fact]
    public async Task Tickets_that_ended_before_the_migration_end_their_transcript_at_their_last_event()
    {
        using var directory = new TemporaryDirectory();
        using var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        await ApplyMigrationsBeforeAsync(connections, 5);
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO conversations (id, channel, user_id, last_sequence, created_at, updated_at) VALUES ('c', 'directline', 'u', 3, 0, 0);
                INSERT INTO activities (conversation_id, sequence, type, role, body, created_at) VALUES ('c', 1, 'message', 'user', '{}', 10), ('c', 2, 'message', 'bot', '{}', 20), ('c', 3, 'message', 'user', '{}', 30);
                INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, created_at, updated_at) VALUES ('ended', 'c', 'Resolved', 'Buurtteam Noord', 'Normal', '{}', 5, 25), ('open', 'c', 'Queued', 'Buurtteam West', 'Normal', '{}', 28, 28);
                INSERT INTO ticket_events (ticket_id, at, actor, from_status, to_status) VALUES ('ended', 5, 'bot', NULL, 'Queued'), ('ended', 25, 'anna', 'Queued', 'Resolved'), ('open', 28, 'bot', NULL, 'Queued');
                """);
        }

        await new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await using var check = await connections.OpenAsync(CancellationToken.None);
        var ends = (await check.QueryAsync<(string Id, long? End)>("SELECT id, closed_sequence FROM tickets ORDER BY id")).ToList();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal([("ended", (long?)2), ("open", null)], ends);
    }

    [Fact]
    public async Task Tickets_from_before_ticket_numbers_get_a_number_each_that_a_worker_can_read_out()
    {
        using var directory = new TemporaryDirectory();
        using var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        await ApplyMigrationsBeforeAsync(connections, 7);
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO conversations (id, channel, user_id, last_sequence, created_at, updated_at) VALUES ('c', 'directline', 'u', 0, 0, 0);
                INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, created_at, updated_at)
                VALUES ('a', 'c', 'Resolved', 'Buurtteam Noord', 'Normal', '{}', 1, 1), ('b', 'c', 'Resolved', 'Buurtteam Noord', 'Normal', '{}', 2, 2), ('d', 'c', 'Queued', 'onbekend', 'High', '{}', 3, 3);
                """);
        }

        await new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await using var check = await connections.OpenAsync(CancellationToken.None);
        var numbers = (await check.QueryAsync<string>("SELECT number FROM tickets ORDER BY id")).ToList();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(3, numbers.Distinct().Count());
        Assert.All(numbers, number => Assert.True(KooAssistent.Storage.Tickets.TicketNumber.TryParse(number, out var parsed) && parsed == number, number));
    }

    /// <summary>A database as an older build left it: every migration before <paramref name="version"/>.</summary>
    private static async Task ApplyMigrationsBeforeAsync(SqliteConnectionFactory connections, int version)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT;");
        foreach (var migration in EmbeddedMigrations.For("sqlite").Where(migration => migration.Version < version))
        {
            await connection.ExecuteAsync(migration.Sql);
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@Version, @Name, 0)", new { migration.Version, migration.Name });
        }
    }
}
