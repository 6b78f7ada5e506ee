using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KooAssistent.Testing;

/// <summary>
/// The real bot (its own Program, middleware and endpoints) on a fresh SQLite file. By default it runs on the
/// in-memory test server; <see cref="StartOnLoopback"/> puts it on Kestrel at 127.0.0.1 for browsers and load.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    public const string TestSigningKey = "test-signing-key-that-is-long-enough-0123456789";

    private readonly TemporaryDirectory data;
    private readonly bool ownsData;
    private readonly Dictionary<string, string?> settings;
    private readonly TimeProvider? clock;
    private readonly CapturedLogs? logs;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="configureServices">Changes to the bot's services after its own, e.g. an in-memory telemetry exporter.</param>
    public BotFactory(IDictionary<string, string?>? settings = null, TimeProvider? clock = null, TemporaryDirectory? dataDirectory = null, CapturedLogs? logs = null, Action<IServiceCollection>? configureServices = null)
    {
        this.logs = logs;
        this.configureServices = configureServices;
        ownsData = dataDirectory is null;
        data = dataDirectory ?? new TemporaryDirectory();
        this.clock = clock;
        this.settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Persistence:DataDirectory"] = data.Path,
            ["DirectLine:TokenSigningKey"] = TestSigningKey,
            // Hundreds of test hosts need no warm brain before their first request; HealthTests checks the warm-up.
            ["Hosting:WarmUpAtStart"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public string DataDirectory => data.Path;

    /// <summary>The address of the Kestrel listener, after <see cref="StartOnLoopback"/>.</summary>
    public Uri? LoopbackAddress { get; private set; }

    /// <summary>Starts the bot on Kestrel, bound to 127.0.0.1 on a free port.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        LoopbackAddress = new Uri(addresses.Single());
        return LoopbackAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, TestServerBodyLimit>());
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsData)
        {
            data.Dispose();
        }
    }
}
