using KooAssistent.Storage.Keys;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's store of the bot's own keys must do.</summary>
public abstract class KeyStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task Instances_asking_at_once_for_a_generated_key_all_get_the_one_that_won()
    {
        // Each store stands for a bot instance starting on the same database.
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => new KeyStore(Provider.Database, Clock).GeneratedKeyAsync("signing", CancellationToken.None)));

        Assert.Single(keys, key => key.Created);
        Assert.All(keys, key => Assert.Equal(keys[0].Bytes, key.Bytes));
        Assert.Equal(64, keys[0].Bytes.Length);
        var later = await new KeyStore(Provider.Database, Clock).GeneratedKeyAsync("signing", CancellationToken.None);
        Assert.False(later.Created);
        Assert.Equal(keys[0].Bytes, later.Bytes);
        Assert.NotEqual(keys[0].Bytes, (await new KeyStore(Provider.Database, Clock).GeneratedKeyAsync("another", CancellationToken.None)).Bytes);
    }

    [Fact]
    public async Task Data_protection_elements_come_back_as_stored_oldest_first_even_under_one_friendly_name()
    {
        var store = new KeyStore(Provider.Database, Clock);
        await store.AddDataProtectionElementAsync("key-1", "<key id=\"1\" />", CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await store.AddDataProtectionElementAsync("revocation", "<revocation n=\"1\" />", CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await store.AddDataProtectionElementAsync("revocation", "<revocation n=\"2\" />", CancellationToken.None);

        Assert.Equal(
            ["<key id=\"1\" />", "<revocation n=\"1\" />", "<revocation n=\"2\" />"],
            await new KeyStore(Provider.Database, Clock).DataProtectionElementsAsync(CancellationToken.None));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteKeyStoreTests : KeyStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresKeyStoreTests : KeyStoreContract<PostgresProvider>;
