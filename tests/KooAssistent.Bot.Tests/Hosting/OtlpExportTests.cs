using System.Collections.Concurrent;
using KooAssistent.Bot.Hosting;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>
/// OTLP export follows the standard variables: off when no endpoint is set, and per signal on when its own endpoint
/// or the general one is set — checked on the settings and against a collector on loopback.
/// </summary>
public sealed class OtlpExportTests
{
    private const string Traces = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    private const string Metrics = "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT";

    [Theory]
    [InlineData(null, null, null, false, false)]
    [InlineData("", " ", "", false, false)]
    [InlineData(null, "http://collector:4318/v1/traces", null, true, false)]
    [InlineData(null, null, "http://collector:4318/v1/metrics", false, true)]
    [InlineData("http://collector:4317", null, null, true, true)]
    [InlineData("http://collector:4317", "http://traces:4317", null, true, true)]
    public void A_signal_is_exported_only_when_its_own_or_the_general_endpoint_is_set(string? general, string? traces, string? metrics, bool tracesOn, bool metricsOn)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [OtlpExport.EndpointVariable] = general,
            [Traces] = traces,
            [Metrics] = metrics,
        }).Build();

        var export = OtlpExport.From(configuration);

        Assert.Equal((tracesOn, metricsOn), (export.Traces, export.Metrics));
    }

    [Theory]
    [InlineData(Traces, "/v1/traces")]
    [InlineData(Metrics, "/v1/metrics")]
    public async Task With_only_one_signals_endpoint_set_only_that_signal_reaches_the_collector(string variable, string path)
    {
        await using var collector = await Collector.StartAsync();
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            [variable] = new Uri(collector.Address, path.TrimStart('/')).ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = bot.CreateClient();
        using (await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
        }

        await collector.WaitForAsync(bot, path);

        Assert.Equal([path], collector.Paths.Distinct());
    }

    [Fact]
    public async Task With_the_general_endpoint_set_traces_and_metrics_both_reach_the_collector()
    {
        await using var collector = await Collector.StartAsync();
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            [OtlpExport.EndpointVariable] = collector.Address.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = bot.CreateClient();
        using (await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
        }

        await collector.WaitForAsync(bot, "/v1/traces");
        await collector.WaitForAsync(bot, "/v1/metrics");
    }

    /// <summary>An OTLP/HTTP receiver that notes the path of every export and accepts it with an empty answer.</summary>
    private sealed class Collector : IAsyncDisposable
    {
        private readonly WebApplication app;

        private Collector(WebApplication app) => this.app = app;

        public Uri Address { get; private set; } = null!;

        public ConcurrentQueue<string> Paths { get; } = new();

        public static async Task<Collector> StartAsync()
        {
            var app = LoopbackApp.Create();
            var collector = new Collector(app);
            app.MapPost("/v1/{signal}", (HttpContext http) =>
            {
                collector.Paths.Enqueue(http.Request.Path.Value!);
                return Results.Bytes(Array.Empty<byte>(), "application/x-protobuf");
            });
            collector.Address = await LoopbackApp.StartAsync(app);
            return collector;
        }

        /// <summary>
        /// Flushes both providers until an export reaches <paramref name="path"/>: a request's span ends a moment after
        /// its response, so the first flush may find nothing to send yet.
        /// </summary>
        public Task WaitForAsync(BotFactory bot, string path)
        {
            var tracer = bot.Services.GetRequiredService<TracerProvider>();
            var meter = bot.Services.GetRequiredService<MeterProvider>();
            return Polling.WaitUntilAsync(() => tracer.ForceFlush() && meter.ForceFlush() && Paths.Contains(path), TimeSpan.FromSeconds(15));
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
