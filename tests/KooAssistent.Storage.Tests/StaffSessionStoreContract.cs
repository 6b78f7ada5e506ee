using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's staff session store must do.</summary>
public abstract class StaffSessionStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task A_session_is_active_from_sign_in_until_sign_out_or_its_end()
    {
        var sessions = Provider.CreateSessionStore(Clock);
        await sessions.AddAsync("session-a", Clock.GetUtcNow().AddHours(8), CancellationToken.None);
        await sessions.AddAsync("session-b", Clock.GetUtcNow().AddHours(1), CancellationToken.None);

        Assert.True(await sessions.IsActiveAsync("session-a", CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync("session-c", CancellationToken.None));

        await sessions.RemoveAsync("session-a", CancellationToken.None);
        Assert.False(await sessions.IsActiveAsync("session-a", CancellationToken.None));

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.False(await sessions.IsActiveAsync("session-b", CancellationToken.None));
    }

    [Fact]
    public async Task A_session_started_through_one_store_is_known_to_another_on_the_same_database()
    {
        await Provider.CreateSessionStore(Clock).AddAsync("shared", Clock.GetUtcNow().AddHours(8), CancellationToken.None);

        Assert.True(await Provider.CreateSessionStore(Clock).IsActiveAsync("shared", CancellationToken.None));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteStaffSessionStoreTests : StaffSessionStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresStaffSessionStoreTests : StaffSessionStoreContract<PostgresProvider>;
