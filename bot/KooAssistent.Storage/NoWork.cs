namespace KooAssistent.Storage;

/// <summary>A background service with nothing to do: what a provider-specific worker is on the other provider.</summary>
internal sealed class NoWork : IHostedService
{
    public static NoWork Instance { get; } = new();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
