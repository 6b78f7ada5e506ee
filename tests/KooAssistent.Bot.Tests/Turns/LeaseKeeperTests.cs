using KooAssistent.Bot.Turns;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Bot.Tests.Turns;

/// <summary>
/// The renewals that keep a conversation's lease while its turns run, on a real PostgreSQL and a clock the test
/// moves: renewed every third of the lease, and the turns told to stop once another instance holds it.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class LeaseKeeperTests : IAsyncDisposable
{
    private static readonly TimeSpan LeaseFor = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ManualClock clock = new();
    private readonly PostgresTestDatabase database = new();

    private TurnLeaseStore Leases => new(database.Database, clock);

    /// <summary>Conversation c-1, leased to instance a.</summary>
    private async Task LeasedAsync()
    {
        await database.MigrateAsync();
        var conversations = new KooAssistent.Storage.Postgres.PostgresConversationStore(database.Database, clock);
        Assert.True(await conversations.CreateConversationAsync(new NewConversation("c-1", "directline", "user-1", "nl-NL"), CancellationToken.None));
        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, CancellationToken.None));
    }

    [Fact]
    public async Task A_lease_renewed_while_the_turns_run_stays_its_holders_long_past_its_first_end()
    {
        await LeasedAsync();
        var firstEnd = (clock.GetUtcNow() + LeaseFor).ToUnixTimeMilliseconds();
        await using var keeper = Start();

        // Time moves two seconds per look, so the renewals (every ten) come as they would, each after the last had
        // reached the database; the lease was renewed at least twice when its end is a full lease past the first.
        await Polling.WaitUntilAsync(
            async () =>
            {
                clock.Advance(TimeSpan.FromSeconds(2));
                return await ExpiresAtAsync() >= firstEnd + (long)LeaseFor.TotalMilliseconds;
            },
            Patience);

        Assert.True(await ExpiresAtAsync() >= firstEnd + (long)LeaseFor.TotalMilliseconds);
        Assert.False(keeper.Lost);
        Assert.False(await Leases.TryClaimAsync("c-1", "b", LeaseFor, CancellationToken.None));
    }

    [Fact]
    public async Task Once_another_instance_holds_the_lease_the_running_turns_are_told_to_stop()
    {
        await LeasedAsync();
        await using var keeper = Start();
        await Leases.ReleaseAsync("c-1", "a", CancellationToken.None);
        Assert.True(await Leases.TryClaimAsync("c-1", "b", LeaseFor, CancellationToken.None));

        clock.Advance(LeaseFor / 3);

        await Polling.WaitUntilAsync(() => keeper.Token.IsCancellationRequested, Patience);
        Assert.True(keeper.Lost);
        Assert.True(keeper.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task Cancelling_the_turns_from_outside_is_not_a_lost_lease()
    {
        await LeasedAsync();
        using var stopping = new CancellationTokenSource();
        var keeper = LeaseKeeper.Start(Leases, "c-1", "a", LeaseFor, clock, NullLogger.Instance, stopping.Token);

        await stopping.CancelAsync();
        await keeper.DisposeAsync();

        Assert.False(keeper.Lost);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private LeaseKeeper Start() => LeaseKeeper.Start(Leases, "c-1", "a", LeaseFor, clock, NullLogger.Instance, CancellationToken.None);

    private async Task<long> ExpiresAtAsync()
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT expires_at FROM turn_leases WHERE conversation_id = 'c-1'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
