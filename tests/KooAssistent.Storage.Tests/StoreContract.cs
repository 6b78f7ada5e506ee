using KooAssistent.Testing;

namespace KooAssistent.Storage.Tests;

/// <summary>A fresh migrated database of <typeparamref name="TProvider"/> per test, on a clock the test moves.</summary>
public abstract class StoreContract<TProvider> : IAsyncLifetime
    where TProvider : IStoreProvider, new()
{
    private TProvider? provider;

    protected TProvider Provider => provider ?? throw new InvalidOperationException("The provider starts in InitializeAsync.");

    protected ManualClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        provider = new TProvider();
        await provider.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
    }
}
