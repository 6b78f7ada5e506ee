using System.Globalization;

namespace KooAssistent.Benchmarks;

/// <summary>Plain <c>--name value</c> parsing; the handful of options does not warrant a dependency.</summary>
public static class OptionsParser
{
    public const string Usage = """
        Drives concurrent Direct Line conversations against the bot and reports turn latency.

        Usage: dotnet run -c Release --project tests/KooAssistent.Benchmarks -- [options]

          --conversations N        concurrent conversations (default 50)
          --turns M                measured turns per conversation (default 20)
          --warmup W               extra turns per conversation before measuring, discarded (default 2)
          --transport T            websocket | polling (default websocket)
          --poll-interval MS       pause between polls when polling (default 25)
          --timeout S              per-turn timeout in seconds (default 15, the Bot Framework limit)
          --samples FILE           also write every measured turn (conversation, turn, ack ms, turn ms) as CSV
          --rate N                 open loop: N messages per second over all conversations, sent on schedule whatever
                                   the bot does; latency counts from the intended send time (default: closed loop)
          --duration S             open loop: seconds of arrivals (default 30)
          --arrivals A             open loop: poisson | fixed (default poisson)
          --seed N                 open loop: seed of the Poisson schedule (default 12)
                                   With --rate, --conversations defaults to 200 and --turns is not used.
          --idle-streams N         idle mode: open N conversations with a stream each, keep them idle and report the bot's
                                   memory before and after, and per stream; needs --url and --bot-pid
          --bot-pid PID            idle mode: the bot's process id (its memory is read from /proc/PID/status; with
                                   dotnet-gcdump installed, each measurement first takes a heap dump, a full GC)
          --settle S               idle mode: seconds the streams stay idle before measuring (default 20)
          --gcdump DIR             idle mode: keep the before and after heap dumps in DIR
          --url BASE               target a running bot instead of starting one in this process; its
                                   DirectLine:RequestsPerMinute and WebChat:TokenRequestsPerMinute must allow the load
          --help                   show this text
        """;

    /// <summary>Returns the options, or null with <paramref name="error"/> set (empty for <c>--help</c>).</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchmarkOptions();
        var conversationsGiven = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                error = string.Empty;
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return null;
            }

            var value = args[++i];
            options = name switch
            {
                "--conversations" => Positive(value, name, ref error) is { } n ? options with { Conversations = n } : options,
                "--rate" => Positive(value, name, ref error) is { } r ? options with { Rate = r } : options,
                "--duration" => Positive(value, name, ref error) is { } d ? options with { Duration = TimeSpan.FromSeconds(d) } : options,
                "--arrivals" => ParseArrivals(value, ref error) is { } a ? options with { Arrivals = a } : options,
                "--seed" => NonNegative(value, name, ref error) is { } seed ? options with { Seed = seed } : options,
                "--turns" => Positive(value, name, ref error) is { } m ? options with { Turns = m } : options,
                "--warmup" => NonNegative(value, name, ref error) is { } w ? options with { WarmupTurns = w } : options,
                "--poll-interval" => Positive(value, name, ref error) is { } ms ? options with { PollInterval = TimeSpan.FromMilliseconds(ms) } : options,
                "--timeout" => Positive(value, name, ref error) is { } s ? options with { TurnTimeout = TimeSpan.FromSeconds(s) } : options,
                "--transport" => ParseTransport(value, ref error) is { } t ? options with { Transport = t } : options,
                "--idle-streams" => Positive(value, name, ref error) is { } idle ? options with { IdleStreams = idle } : options,
                "--bot-pid" => Positive(value, name, ref error) is { } pid ? options with { BotProcessId = pid } : options,
                "--settle" => NonNegative(value, name, ref error) is { } settle ? options with { Settle = TimeSpan.FromSeconds(settle) } : options,
                "--gcdump" => options with { GcDumpDirectory = value },
                "--samples" => options with { SamplesFile = value },
                "--url" => ParseUrl(value, ref error) is { } url ? options with { Url = url } : options,
                _ => Unknown(name, options, ref error),
            };

            if (error is not null)
            {
                return null;
            }

            conversationsGiven |= name == "--conversations";
        }

        if (options.Rate is not null && options.Transport != Transport.WebSocket)
        {
            error = "--rate runs over the WebSocket stream only: a poller cannot wait for several replies at once.";
            return null;
        }

        if (options.IdleStreams is not null && (options.Url is null || options.BotProcessId is null))
        {
            error = "--idle-streams measures a bot in its own process: give its --url and --bot-pid.";
            return null;
        }

        return options.Rate is not null && !conversationsGiven ? options with { Conversations = 200 } : options;
    }

    private static int? Positive(string value, string name, ref string? error)
    {
        var parsed = NonNegative(value, name, ref error);
        if (parsed == 0)
        {
            error = $"{name} must be at least 1.";
            return null;
        }

        return parsed;
    }

    private static int? NonNegative(string value, string name, ref string? error)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        error = $"{name} expects a whole number, not '{value}'.";
        return null;
    }

    private static Transport? ParseTransport(string value, ref string? error)
    {
        switch (value.ToUpperInvariant())
        {
            case "WEBSOCKET":
                return Transport.WebSocket;
            case "POLLING":
                return Transport.Polling;
            default:
                error = $"--transport is websocket or polling, not '{value}'.";
                return null;
        }
    }

    private static Arrivals? ParseArrivals(string value, ref string? error)
    {
        switch (value.ToUpperInvariant())
        {
            case "POISSON":
                return Arrivals.Poisson;
            case "FIXED":
                return Arrivals.Fixed;
            default:
                error = $"--arrivals is poisson or fixed, not '{value}'.";
                return null;
        }
    }

    private static Uri? ParseUrl(string value, ref string? error)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        error = $"--url expects an http(s) address, not '{value}'.";
        return null;
    }

    private static BenchmarkOptions Unknown(string name, BenchmarkOptions options, ref string? error)
    {
        error = $"Unknown option {name}.";
        return options;
    }
}
