namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's store of used stream tickets must do.</summary>
public abstract class StreamTicketStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task A_stream_ticket_opens_one_stream_even_when_two_instances_race_for_it()
    {
        var expires = Clock.GetUtcNow().AddMinutes(1);

        // Two stores stand for two bot instances on one database.
        var uses = await Task.WhenAll(
            Provider.CreateStreamTicketStore(Clock).UseAsync("ticket-1", expires, CancellationToken.None),
            Provider.CreateStreamTicketStore(Clock).UseAsync("ticket-1", expires, CancellationToken.None));

        Assert.Equal([false, true], uses.Order());
        Assert.True(await Provider.CreateStreamTicketStore(Clock).UseAsync("ticket-2", expires, CancellationToken.None));
    }

    [Fact]
    public async Task Tickets_past_their_end_are_forgotten_at_the_next_use()
    {
        var store = Provider.CreateStreamTicketStore(Clock);
        await store.UseAsync("ticket-1", Clock.GetUtcNow().AddMinutes(1), CancellationToken.None);

        Clock.Advance(TimeSpan.FromMinutes(2));
        await store.UseAsync("ticket-2", Clock.GetUtcNow().AddMinutes(1), CancellationToken.None);

        await using var connection = await Provider.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ticket_id FROM used_stream_tickets";
        Assert.Equal("ticket-2", await command.ExecuteScalarAsync());
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteStreamTicketStoreTests : StreamTicketStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresStreamTicketStoreTests : StreamTicketStoreContract<PostgresProvider>;
