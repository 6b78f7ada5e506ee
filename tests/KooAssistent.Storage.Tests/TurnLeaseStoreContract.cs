namespace KooAssistent.Storage.Tests;

/// <summary>
/// What every provider's turn leases must do. Each holder name stands for a bot instance on the same database; the
/// bot takes leases only on PostgreSQL, and the SQLite run keeps both schemas to one contract.
/// </summary>
public abstract class TurnLeaseStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TimeSpan LeaseFor = TimeSpan.FromSeconds(30);

    private TurnLeaseStore Leases => new(Provider.Database, Clock);

    [Fact]
    public async Task A_conversation_leased_to_one_instance_is_refused_to_another_until_released()
    {
        await ConversationAsync("c-1");

        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
        Assert.False(await Leases.TryClaimAsync("c-1", "b", LeaseFor, None));
        await Leases.ReleaseAsync("c-1", "b", None);
        Assert.False(await Leases.TryClaimAsync("c-1", "b", LeaseFor, None));
        await Leases.ReleaseAsync("c-1", "a", None);

        Assert.True(await Leases.TryClaimAsync("c-1", "b", LeaseFor, None));
        Assert.False(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
    }

    [Fact]
    public async Task The_holder_takes_its_own_lease_again_at_once_as_after_a_restart_under_the_same_name()
    {
        await ConversationAsync("c-1");
        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));

        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
        Assert.False(await Leases.TryClaimAsync("c-1", "b", LeaseFor, None));
    }

    [Fact]
    public async Task A_lease_its_holder_stopped_renewing_is_taken_over_when_it_runs_out_and_the_old_holder_learns_it_lost_it()
    {
        await ConversationAsync("c-1");
        Assert.True(await Leases.TryClaimAsync("c-1", "dies", LeaseFor, None));

        Clock.Advance(LeaseFor - TimeSpan.FromMilliseconds(1));
        Assert.False(await Leases.TryClaimAsync("c-1", "survives", LeaseFor, None));
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await Leases.TryClaimAsync("c-1", "survives", LeaseFor, None));

        Assert.False(await Leases.RenewAsync("c-1", "dies", LeaseFor, None));
        await Leases.ReleaseAsync("c-1", "dies", None);
        Assert.False(await Leases.TryClaimAsync("c-1", "dies", LeaseFor, None));
    }

    [Fact]
    public async Task A_renewed_lease_lasts_from_its_renewal()
    {
        await ConversationAsync("c-1");
        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));

        Clock.Advance(LeaseFor / 3);
        Assert.True(await Leases.RenewAsync("c-1", "a", LeaseFor, None));
        Clock.Advance(LeaseFor - TimeSpan.FromSeconds(1));

        Assert.False(await Leases.TryClaimAsync("c-1", "b", LeaseFor, None));
        Assert.True(await Leases.RenewAsync("c-1", "a", LeaseFor, None));
    }

    [Fact]
    public async Task A_released_lease_cannot_be_renewed()
    {
        await ConversationAsync("c-1");
        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
        await Leases.ReleaseAsync("c-1", "a", None);

        Assert.False(await Leases.RenewAsync("c-1", "a", LeaseFor, None));
    }

    [Fact]
    public async Task A_conversation_that_does_not_exist_or_was_erased_cannot_be_leased()
    {
        Assert.False(await Leases.TryClaimAsync("nobody", "a", LeaseFor, None));

        await ConversationAsync("c-1");
        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
        Assert.True(await Provider.CreateConversationStore(Clock).EraseConversationAsync("c-1", "test", None));

        Assert.False(await Leases.RenewAsync("c-1", "a", LeaseFor, None));
        Assert.False(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
    }

    [Fact]
    public async Task Instances_claiming_one_conversation_at_once_give_it_to_exactly_one()
    {
        var ids = Enumerable.Range(0, 20).Select(index => $"c-{index:D2}").ToList();
        foreach (var id in ids)
        {
            await ConversationAsync(id);
        }

        // Eight instances, each with its own store, race for every conversation at the same moment.
        foreach (var id in ids)
        {
            var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(index =>
                Task.Run(() => new TurnLeaseStore(Provider.Database, Clock).TryClaimAsync(id, $"instance-{index}", LeaseFor, None))));
            Assert.Single(won, claimed => claimed);
        }
    }

    [Fact]
    public async Task Leases_on_different_conversations_do_not_touch_each_other()
    {
        await ConversationAsync("c-1");
        await ConversationAsync("c-2");

        Assert.True(await Leases.TryClaimAsync("c-1", "a", LeaseFor, None));
        Assert.True(await Leases.TryClaimAsync("c-2", "b", LeaseFor, None));
        await Leases.ReleaseAsync("c-1", "a", None);

        Assert.False(await Leases.TryClaimAsync("c-2", "a", LeaseFor, None));
        Assert.True(await Leases.TryClaimAsync("c-1", "b", LeaseFor, None));
    }

    private async Task ConversationAsync(string id) =>
        Assert.True(await Provider.CreateConversationStore(Clock).CreateConversationAsync(new NewConversation(id, "directline", "user-" + id, "nl-NL"), None));
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteTurnLeaseStoreTests : TurnLeaseStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresTurnLeaseStoreTests : TurnLeaseStoreContract<PostgresProvider>;
