using System.Globalization;
using KooAssistent.Testing;

namespace KooAssistent.Benchmarks;

/// <summary>The bot under load: either started here on loopback with a fresh database, or one already running.</summary>
public sealed class TargetBot : IAsyncDisposable
{
    // The per-conversation and per-address limits protect residents from abuse; one load generator on one
    // address opening hundreds of conversations and polling every few ms is exactly what they stop.
    private const int UnlimitedPerMinute = 100_000;

    private readonly BotFactory? factory;

    private TargetBot(Uri baseAddress, BotFactory? factory)
    {
        BaseAddress = baseAddress;
        this.factory = factory;
    }

    public Uri BaseAddress { get; }

    public bool InProcess => factory is not null;

    /// <summary>Where the in-process bot keeps its SQLite file; null for a remote bot.</summary>
    public string? DataDirectory => factory?.DataDirectory;

    public static TargetBot Remote(Uri baseAddress) => new(baseAddress, factory: null);

    public static TargetBot StartInProcess()
    {
        var limit = UnlimitedPerMinute.ToString(CultureInfo.InvariantCulture);
        var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["DirectLine:RequestsPerMinute"] = limit,
            ["WebChat:TokenRequestsPerMinute"] = limit,
            ["DirectLine:MaxStreamsPerAddress"] = "5000",

            // One information line per turn on the console would cost more than the turn itself.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        // WebApplicationFactory looks for MvcTestingAppManifest.json (the bot's content root) in the current
        // directory, which is the output folder under a test runner but the repository root under dotnet run.
        var currentDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = AppContext.BaseDirectory;
            return new TargetBot(factory.StartOnLoopback(), factory);
        }
        catch
        {
            factory.Dispose();
            throw;
        }
        finally
        {
            Environment.CurrentDirectory = currentDirectory;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
