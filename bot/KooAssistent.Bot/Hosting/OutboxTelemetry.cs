using System.Diagnostics.Metrics;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// The outboxes that carry replies to WhatsApp and the Bot Connector channels: how many conversations still have
/// something to send, each message's delivery outcome, and messages refused for good. Tagged with the channel and the
/// outcome only — never a conversation, a phone number or what was sent.
/// </summary>
public static class OutboxTelemetry
{
    public const string Name = "KooAssistent.Channels";

    public const string Sent = "sent";

    public const string Retry = "retry";

    public const string Refused = "refused";

    private static readonly Meter Meter = new(Name);

    private static readonly Gauge<long> Backlog = Meter.CreateGauge<long>("koo.outbox.backlog", "{conversation}", "Conversations with replies still to send at the start of an outbox round.");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("koo.outbox.deliveries", "{message}", "Messages handed to a channel, by outcome: sent, retry (will be tried again) or refused (for good).");

    private static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("koo.outbox.dead_letters", "{message}", "Messages moved to the dead letters after the channel refused them for good.");

    public static void Pending(string channel, int conversations) =>
        Backlog.Record(conversations, new KeyValuePair<string, object?>("koo.channel", channel));

    public static void Delivered(string channel, string outcome) =>
        Deliveries.Add(1, new KeyValuePair<string, object?>("koo.channel", channel), new KeyValuePair<string, object?>("koo.outcome", outcome));

    public static void DeadLettered(string channel) =>
        DeadLetters.Add(1, new KeyValuePair<string, object?>("koo.channel", channel));
}
