using System.Diagnostics;
using KooAssistent.Bot.Tests.Channels.WhatsApp;
using KooAssistent.Storage.WhatsApp;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>
/// Traces and metrics exported to an in-memory exporter: a resident's question makes a turn span and counts on the
/// route counter, the queue wait and the store's write latency; a WhatsApp reply counts on the outbox's deliveries,
/// backlog and dead letters; and no attribute of any span or metric carries what the resident wrote.
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

        // The store completes the turn a moment before its span ends (and counts its route), so wait for the span.
        bool IsAnsweredTurn(Activity span) => span.OperationName == "koo.turn" && (string?)span.GetTagItem("koo.conversation.id") == session.ConversationId && span.GetTagItem("koo.route") is not null;
        await Polling.WaitUntilAsync(() => Recorded(spans).Any(IsAnsweredTurn), TimeSpan.FromSeconds(10));
        bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var recorded = Recorded(spans);

        var turn = Assert.Single(recorded, IsAnsweredTurn);
        Assert.Equal("Answer", turn.GetTagItem("koo.route"));
        Assert.False(string.IsNullOrEmpty((string?)turn.GetTagItem("koo.theme")));
        // The turn is a child of the POST that stored the question, in the same trace.
        // Other tests' hosts run in this process and their requests are recorded too: the POST is found by the turn's parent.
        var post = Assert.Single(recorded, span => span.SpanId == turn.ParentSpanId);
        Assert.Equal((ActivityKind.Server, post.TraceId), (post.Kind, turn.TraceId));
        Assert.Matches("^POST /v3/directline/conversations/.*/activities$", post.DisplayName);

        var routes = Points(metrics, "koo.turns").ToList();
        Assert.Contains(routes, point => Tags(point).Contains(new KeyValuePair<string, object?>("koo.route", "Answer")) && point.GetSumLong() >= 1);
        Assert.NotEmpty(Points(metrics, "koo.brain.duration"));
        Assert.Contains(Points(metrics, "koo.turns.queue_wait"), point => Tags(point).Contains(new KeyValuePair<string, object?>("koo.channel", "directline")) && point.GetHistogramCount() >= 1);
        Assert.Contains(Points(metrics, "koo.storage.write.duration"), point => Tags(point).Contains(new KeyValuePair<string, object?>("db.system.name", "sqlite")) && point.GetHistogramCount() >= 1);

        var attributes = recorded.SelectMany(span => span.TagObjects.Select(tag => tag.Value?.ToString() ?? string.Empty))
            .Concat(metrics.SelectMany(metric => Points(metrics, metric.Name)).SelectMany(point => Tags(point).Select(tag => tag.Value?.ToString() ?? string.Empty)));
        Assert.DoesNotContain(attributes, value => value.Contains("driftbuien", StringComparison.OrdinalIgnoreCase) || value.Contains("supermarkt", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WhatsApp_deliveries_the_outbox_backlog_and_dead_letters_are_counted_without_the_residents_words()
    {
        var metrics = new List<Metric>();
        await using var whatsapp = await WhatsAppFixture.StartAsync(configureServices: services => services
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
        whatsapp.Graph.Answer(400);

        using var response = await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31644444445", "wamid.metrics", "ouderschapsplan maken"));
        await whatsapp.MessagesAsync(2, timeoutSeconds: 40);
        var store = whatsapp.Bot.Services.GetRequiredService<WhatsAppStore>();
        await Polling.WaitUntilAsync(async () => await store.CountDeadLettersAsync(CancellationToken.None) > 0, TimeSpan.FromSeconds(20));
        // The dispatcher counts a dead letter after storing it, so the counters may lag the row by a moment.
        var meters = whatsapp.Bot.Services.GetRequiredService<MeterProvider>();
        await Polling.WaitUntilAsync(
            () => meters.ForceFlush() && Points(metrics, "koo.outbox.dead_letters").Any(point => Has(point, "koo.channel", "whatsapp") && point.GetSumLong() >= 1),
            TimeSpan.FromSeconds(20));

        var deliveries = Points(metrics, "koo.outbox.deliveries").ToList();
        Assert.Contains(deliveries, point => Has(point, "koo.channel", "whatsapp") && Has(point, "koo.outcome", "sent") && point.GetSumLong() >= 1);
        Assert.Contains(deliveries, point => Has(point, "koo.channel", "whatsapp") && Has(point, "koo.outcome", "refused") && point.GetSumLong() >= 1);
        Assert.Contains(Points(metrics, "koo.outbox.dead_letters"), point => Has(point, "koo.channel", "whatsapp") && point.GetSumLong() >= 1);
        Assert.Contains(Points(metrics, "koo.outbox.backlog"), point => Has(point, "koo.channel", "whatsapp"));
        Assert.Contains(Points(metrics, "koo.turns.queue_wait"), point => Has(point, "koo.channel", "whatsapp"));
        var attributes = metrics.SelectMany(metric => Points(metrics, metric.Name)).SelectMany(point => Tags(point).Select(tag => tag.Value?.ToString() ?? string.Empty));
        Assert.DoesNotContain(attributes, value => value.Contains("ouderschapsplan", StringComparison.OrdinalIgnoreCase) || value.Contains("31644444445", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_WhatsApp_reply_is_sent_to_the_Graph_API_in_the_trace_of_the_webhook_POST_and_its_turn()
    {
        const string Number = "31644444446";
        var spans = new List<Activity>();
        await using var whatsapp = await WhatsAppFixture.StartAsync(configureServices: services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));

        using (await whatsapp.PostAsync(WhatsAppFixture.TextDelivery(Number, "wamid.trace", "ouderschapsplan maken")))
        {
        }

        // The read receipt goes out after the replies, so once it is sent every delivery span has ended.
        await Polling.WaitUntilAsync(() => whatsapp.Graph.Requests.Any(request => request.Body["status"] is not null), TimeSpan.FromSeconds(20));
        var tracer = whatsapp.Bot.Services.GetRequiredService<TracerProvider>();
        await Polling.WaitUntilAsync(() => tracer.ForceFlush() && Recorded(spans).Count(span => span.OperationName == "koo.whatsapp.deliver") >= 2, TimeSpan.FromSeconds(20));
        var recorded = Recorded(spans);

        // The first message starts the conversation, so its welcome and its answer are two turns, both of this POST.
        var turns = recorded.Where(span => span.OperationName == "koo.turn" && (string?)span.GetTagItem("koo.conversation.id") == WhatsAppFixture.ConversationOf(Number)).ToList();
        Assert.Contains(turns, turn => (string?)turn.GetTagItem("koo.route") == "Answer");
        var post = Assert.Single(recorded, span => span.SpanId == turns[0].ParentSpanId);
        Assert.Equal((ActivityKind.Server, "POST /api/whatsapp"), (post.Kind, post.DisplayName));
        Assert.All(turns, turn => Assert.Equal((post.TraceId, post.SpanId), (turn.TraceId, turn.ParentSpanId)));

        // Each reply: a delivery span under its turn, and under that the HTTP call to the Graph API.
        var replies = recorded.Where(span => span.OperationName == "koo.whatsapp.deliver" && turns.Any(turn => turn.SpanId == span.ParentSpanId)).ToList();
        Assert.All(replies, reply => Assert.Equal(post.TraceId, reply.TraceId));
        var graphCalls = recorded.Where(span => span.Kind == ActivityKind.Client && replies.Any(reply => reply.SpanId == span.ParentSpanId)).ToList();
        Assert.Equal(whatsapp.Graph.Messages.Count, graphCalls.Count);
        Assert.All(graphCalls, call => Assert.Equal(post.TraceId, call.TraceId));
        Assert.All(graphCalls, call => Assert.EndsWith($"/{WhatsAppFixture.PhoneNumberId}/messages", (string?)call.GetTagItem("url.full"), StringComparison.Ordinal));

        // The read receipt belongs to the resident's message, so to the webhook POST that brought it.
        var receipt = Assert.Single(recorded, span => span.OperationName == "koo.whatsapp.deliver" && span.ParentSpanId == post.SpanId);
        Assert.Contains(recorded, span => span.Kind == ActivityKind.Client && span.ParentSpanId == receipt.SpanId);

        var attributes = recorded.SelectMany(span => span.TagObjects.Select(tag => tag.Value?.ToString() ?? string.Empty));
        Assert.DoesNotContain(attributes, value => value.Contains("ouderschapsplan", StringComparison.OrdinalIgnoreCase) || value.Contains(Number, StringComparison.Ordinal));
    }

    private static List<Activity> Recorded(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    private static bool Has(MetricPoint point, string key, string value) => Tags(point).Contains(new KeyValuePair<string, object?>(key, value));

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
