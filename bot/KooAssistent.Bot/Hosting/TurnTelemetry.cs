using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// The bot's own traces and metrics: a span per turn, turns counted by route and theme, the brain's latency, the
/// number of conversations with turns waiting or running and how long a message waited for its turn. Attributes carry ids, channels, routes and knowledge themes
/// — never what a resident wrote, a phone number or an article (which can name health or sexuality).
/// </summary>
public static class TurnTelemetry
{
    public const string Name = "KooAssistent.Turns";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("koo.turns", "{turn}", "Turns the brain decided, by route, theme and channel.");

    private static readonly Histogram<double> BrainTime = Meter.CreateHistogram<double>("koo.brain.duration", "ms", "Time the brain took to decide one turn.");

    private static readonly Histogram<double> QueueWait = Meter.CreateHistogram<double>("koo.turns.queue_wait", "ms", "Time from storing a resident's message to the start of its turn.");

    private static readonly UpDownCounter<long> Lanes = Meter.CreateUpDownCounter<long>("koo.turns.queue_length", "{conversation}", "Conversations with turns waiting or running on this instance.");

    public static Activity? StartTurn(string conversationId, string channel, long turnId)
    {
        var activity = Source.StartActivity("koo.turn");
        activity?.SetTag("koo.conversation.id", conversationId);
        activity?.SetTag("koo.channel", channel);
        activity?.SetTag("koo.turn.id", turnId);
        return activity;
    }

    public static void Decided(Activity? activity, string channel, string route, string theme, double brainMilliseconds)
    {
        var tags = new TagList { { "koo.route", route }, { "koo.theme", theme.Length == 0 ? "none" : theme }, { "koo.channel", channel } };
        Turns.Add(1, tags);
        BrainTime.Record(brainMilliseconds, new KeyValuePair<string, object?>("koo.route", route));
        activity?.SetTag("koo.route", route);
        activity?.SetTag("koo.theme", theme);
    }

    public static void Waited(string channel, TimeSpan wait) =>
        QueueWait.Record(Math.Max(0, wait.TotalMilliseconds), new KeyValuePair<string, object?>("koo.channel", channel));

    public static void LaneStarted() => Lanes.Add(1);

    public static void LaneEnded() => Lanes.Add(-1);
}
