using Dapper;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's staff account store must do; one subclass per provider runs it.</summary>
public abstract class StaffStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private IStaffStore Store => Provider.CreateStaffStore(Clock);

    [Fact]
    public async Task An_added_account_is_found_with_its_role_team_name_and_a_random_public_id()
    {
        Assert.True(await Store.AddAsync("anna", "Anna", StaffRole.Medewerker, "Buurtteam Noord", "hash-1", CancellationToken.None));

        var account = await Store.FindAsync("anna", CancellationToken.None);

        Assert.NotNull(account);
        Assert.Equal((StaffRole.Medewerker, "Buurtteam Noord", "Anna", "hash-1", 0), (account.Role, account.Team, account.DisplayName, account.PasswordHash, account.FailedAttempts));
        Assert.Matches("^[0-9a-f]{32}$", account.PublicId);
        Assert.False(string.IsNullOrEmpty(account.SecurityStamp));
        Assert.Null(await Store.FindAsync("bob", CancellationToken.None));
    }

    [Fact]
    public async Task A_username_is_taken_once_and_accounts_list_in_username_order()
    {
        await Store.AddAsync("zoe", "Zoë", StaffRole.Beheerder, null, "hash-z", CancellationToken.None);
        await Store.AddAsync("anna", "Anna", StaffRole.Coordinator, null, "hash-a", CancellationToken.None);

        Assert.False(await Store.AddAsync("anna", "Another Anna", StaffRole.Beheerder, null, "hash-b", CancellationToken.None));
        Assert.Equal(["anna", "zoe"], (await Store.ListAsync(CancellationToken.None)).Select(account => account.Username));
        Assert.Equal("Anna", (await Store.FindAsync("anna", CancellationToken.None))!.DisplayName);
    }

    [Fact]
    public async Task The_attempt_that_reaches_the_limit_locks_the_account_and_a_locked_account_counts_nothing_until_the_lock_ends()
    {
        await Store.AddAsync("anna", "Anna", StaffRole.Medewerker, null, "hash", CancellationToken.None);
        var until = Clock.GetUtcNow().AddMinutes(15);

        Assert.True(await Store.TryCountAttemptAsync("anna", 2, until, CancellationToken.None));
        Assert.True(await Store.TryCountAttemptAsync("anna", 2, until, CancellationToken.None));
        Assert.False(await Store.TryCountAttemptAsync("anna", 2, until, CancellationToken.None));
        Assert.Equal(until, (await Store.FindAsync("anna", CancellationToken.None))!.LockedUntil);

        Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await Store.TryCountAttemptAsync("anna", 5, until, CancellationToken.None));
        await Store.ResetFailuresAsync("anna", CancellationToken.None);
        var reset = (await Store.FindAsync("anna", CancellationToken.None))!;
        Assert.Equal((0, (DateTimeOffset?)null), (reset.FailedAttempts, reset.LockedUntil));
        Assert.False(await Store.TryCountAttemptAsync("nobody", 5, until, CancellationToken.None));
    }

    [Fact]
    public async Task Changing_role_or_team_ends_sessions_but_renaming_alone_does_not()
    {
        await Store.AddAsync("anna", "Anna", StaffRole.Medewerker, null, "hash", CancellationToken.None);
        var stamp = (await Store.FindAsync("anna", CancellationToken.None))!.SecurityStamp;

        // The team stays null: NULL compared with NULL must count as unchanged on every provider.
        Assert.True(await Store.ChangeRoleAsync("anna", StaffRole.Medewerker, null, "Anna de Vries", "beheer", CancellationToken.None));
        var renamed = (await Store.FindAsync("anna", CancellationToken.None))!;
        Assert.Equal(("Anna de Vries", stamp), (renamed.DisplayName, renamed.SecurityStamp));

        Assert.True(await Store.ChangeRoleAsync("anna", StaffRole.Medewerker, "Buurtteam Zuid", null, "beheer", CancellationToken.None));
        var moved = (await Store.FindAsync("anna", CancellationToken.None))!;
        Assert.Equal(("Anna de Vries", "Buurtteam Zuid"), (moved.DisplayName, moved.Team));
        Assert.NotEqual(stamp, moved.SecurityStamp);
        Assert.False(await Store.ChangeRoleAsync("nobody", StaffRole.Beheerder, null, null, "beheer", CancellationToken.None));
    }

    [Fact]
    public async Task A_password_upgrade_only_replaces_the_hash_it_was_computed_from()
    {
        await Store.AddAsync("anna", "Anna", StaffRole.Medewerker, null, "old", CancellationToken.None);
        var upgrades = (IPasswordUpgradeStore)Store;

        Assert.True(await Store.SetPasswordHashAsync("anna", "reset", "beheer", CancellationToken.None));
        Assert.False(await upgrades.ReplaceAsync("anna", "old", "old-upgraded", CancellationToken.None));
        Assert.True(await upgrades.ReplaceAsync("anna", "reset", "reset-upgraded", CancellationToken.None));
        Assert.Equal("reset-upgraded", (await Store.FindAsync("anna", CancellationToken.None))!.PasswordHash);
    }

    [Fact]
    public async Task Disabling_puts_held_conversations_back_in_the_queue_and_every_change_is_audited()
    {
        await Store.AddAsync("anna", "Anna", StaffRole.Medewerker, null, "hash", CancellationToken.None);
        await InsertAssignedTicketAsync("t-1", "anna");

        Assert.True(await Store.HoldsTicketsAsync("anna", CancellationToken.None));
        Assert.False(await Store.DeleteAsync("anna", "beheer", CancellationToken.None));
        Assert.True(await Store.DisableAsync("anna", "beheer", CancellationToken.None));

        Assert.NotNull((await Store.FindAsync("anna", CancellationToken.None))!.DisabledAt);
        Assert.False(await Store.HoldsTicketsAsync("anna", CancellationToken.None));
        Assert.Equal(("Queued", (string?)null), await QueryAsync<(string, string?)>("SELECT status, assigned_to FROM tickets WHERE id = 't-1'"));
        Assert.True(await Store.EnableAsync("anna", "beheer", CancellationToken.None));
        Assert.True(await Store.DeleteAsync("anna", "beheer", CancellationToken.None));
        Assert.Null(await Store.FindAsync("anna", CancellationToken.None));

        var audit = await Provider.Database.WriteAsync(
            async (connection, transaction) => (await connection.QueryAsync<string>("SELECT action FROM audit_log ORDER BY id", transaction: transaction)).ToList(),
            CancellationToken.None);
        Assert.Equal(["account-disabled:anna", "account-enabled:anna", "account-deleted:anna"], audit);
    }

    private Task<int> InsertAssignedTicketAsync(string ticketId, string worker) => Provider.Database.WriteAsync(
        async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                "INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES ('c-1', 'test', 'u-1', 0, 0)", transaction: transaction);
            return await connection.ExecuteAsync(
                """
                INSERT INTO tickets (id, number, conversation_id, status, team, urgency, summary, assigned_to, created_at, updated_at)
                VALUES (@ticketId, 'ABC2345', 'c-1', 'Assigned', 'onbekend', 'Normal', '{}', @worker, 0, 0)
                """,
                new { ticketId, worker },
                transaction);
        },
        CancellationToken.None);

    private async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = await Provider.Database.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<T>(sql);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteStaffStoreTests : StaffStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresStaffStoreTests : StaffStoreContract<PostgresProvider>;
