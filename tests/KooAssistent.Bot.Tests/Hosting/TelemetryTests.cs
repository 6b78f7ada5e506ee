using System.Diagnostics;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>
/// Traces and metrics exported to an in-memory exporter: a resident's question makes a turn span and counts on the
/// route counter, and no attribute of any span or metric carries what the resident wrote.
/// </summary>
public sealed class TelemetryTests
{
    private const string Question = "mijn peuter krijgt steeds driftbuien in de supermarkt";

    [Fact]
    public async Task A_turn_is_traced_and_counted_by_route_without_the_residents_words()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var bot = new BotFactory(configureServices: services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();

        await resident.SendTextAsync(session, Question);
        await bot.WaitForTurnsAsync(session.ConversationId);
        bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();

        List<Activity> recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        var turn = Assert.Single(recorded, span => span.OperationName == "koo.turn" && (string?)span.GetTagItem("koo.conversation.id") == session.ConversationId && span.GetTagItem("koo.route") is not null);
        Assert.Equal("Answer", turn.GetTagItem("koo.route"));
        Assert.False(string.IsNullOrEmpty((string?)turn.GetTagItem("koo.theme")));
        Assert.Contains(recorded, span => span.Kind == ActivityKind.Server && span.DisplayName.Contains("activities", StringComparison.Ordinal));

        var routes = Points(metrics, "koo.turns").ToList();
        Assert.Contains(routes, point => Tags(point).Contains(new KeyValuePair<string, object?>("koo.route", "Answer")) && point.GetSumLong() >= 1);
        Assert.NotEmpty(Points(metrics, "koo.brain.duration"));

        var attributes = recorded.SelectMany(span => span.TagObjects.Select(tag => tag.Value?.ToString() ?? string.Empty))
            .Concat(metrics.SelectMany(metric => Points(metrics, metric.Name)).SelectMany(point => Tags(point).Select(tag => tag.Value?.ToString() ?? string.Empty)));
        Assert.DoesNotContain(attributes, value => value.Contains("driftbuien", StringComparison.OrdinalIgnoreCase) || value.Contains("supermarkt", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<MetricPoint> Points(List<Metric> metrics, string name)
    {
        foreach (var metric in metrics.Where(metric => metric.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                yield return point;
            }
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }
}
