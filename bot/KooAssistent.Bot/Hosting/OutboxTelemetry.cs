using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// The outboxes that carry replies to WhatsApp and the Bot Connector channels: how many conversations still have
/// something to send, each message's delivery outcome, and messages refused for good. Tagged with the channel and the
/// outcome only — never a conversation, a phone number or what was sent. A delivery's span carries the conversation id
/// and the message's place in it, as the turn's span does.
/// </summary>
public static class OutboxTelemetry
{
    public const string Name = "KooAssistent.Channels";

    public const string Sent = "sent";

    public const string Retry = "retry";

    public const string Refused = "refused";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Gauge<long> Backlog = Meter.CreateGauge<long>("koo.outbox.backlog", "{conversation}", "Conversations with replies still to send at the start of an outbox round.");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("koo.outbox.deliveries", "{message}", "Messages handed to a channel, by outcome: sent, retry (will be tried again) or refused (for good).");

    private static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("koo.outbox.dead_letters", "{message}", "Messages moved to the dead letters after the channel refused them for good.");

    /// <summary>
    /// A span around handing one stored message to the channel, a child of the span that stored it
    /// (<see cref="DeliveryTrace"/>); the HTTP call to the channel is its child in turn.
    /// </summary>
    public static Activity? StartDelivery(string channel, string conversationId, long sequence, ActivityContext storedUnder)
    {
        var activity = Source.StartActivity($"koo.{channel}.deliver", ActivityKind.Internal, storedUnder);
        activity?.SetTag("koo.channel", channel);
        activity?.SetTag("koo.conversation.id", conversationId);
        activity?.SetTag("koo.activity.sequence", sequence);
        return activity;
    }

    public static void Pending(string channel, int conversations) =>
        Backlog.Record(conversations, new KeyValuePair<string, object?>("koo.channel", channel));

    public static void Delivered(string channel, string outcome) =>
        Deliveries.Add(1, new KeyValuePair<string, object?>("koo.channel", channel), new KeyValuePair<string, object?>("koo.outcome", outcome));

    public static void DeadLettered(string channel) =>
        DeadLetters.Add(1, new KeyValuePair<string, object?>("koo.channel", channel));
}
