using System.Diagnostics;
using System.Globalization;
using KooAssistent.Testing;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Open loop: messages arrive at a set rate whatever the bot does, spread over many open conversations, and every
/// latency counts from the moment the message was meant to be sent. A bot that falls behind therefore shows its
/// whole backlog in the percentiles instead of slowing the load down (coordinated omission).
/// </summary>
public sealed class OpenLoopRunner(BenchmarkOptions options)
{
    // Opening hundreds of conversations at once would measure the token endpoint; a few at a time is how they trickle in.
    private const int SetUpInParallel = 16;

    public async Task<OpenLoopResult> RunAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var rate = options.Rate ?? throw new InvalidOperationException("Open loop needs --rate.");
        using var http = BenchmarkRunner.CreateHttpClient(baseAddress);
        var client = new DirectLineTestClient(http);
        var begun = Stopwatch.GetTimestamp();
        var residents = new List<(DirectLineSession Session, IReplyListener Listener)>();
        var setupErrors = 0;
        using (var parallel = new SemaphoreSlim(SetUpInParallel))
        {
            var opening = Enumerable.Range(0, options.Conversations).Select(async number =>
            {
                await parallel.WaitAsync(cancellationToken);
                try
                {
                    return await OpenAsync(client, number, cancellationToken);
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
                {
                    Interlocked.Increment(ref setupErrors);
                    return default;
                }
                finally
                {
                    parallel.Release();
                }
            }).ToList();
            foreach (var opened in await Task.WhenAll(opening))
            {
                if (opened.Listener is not null)
                {
                    residents.Add(opened);
                }
            }
        }

        var setup = Stopwatch.GetElapsedTime(begun);
        try
        {
            if (residents.Count == 0)
            {
                return new OpenLoopResult(0, options.Conversations, setup, TimeSpan.Zero, [], string.Empty);
            }

            var offsets = ArrivalSchedule.Offsets(options.Arrivals, rate, options.Duration, options.Seed);
            var cpuAtStart = CpuSnapshot.Take();
            var start = Stopwatch.GetTimestamp();
            var sending = new List<Task<OpenLoopSample>>(offsets.Length);
            for (var index = 0; index < offsets.Length; index++)
            {
                var intended = start + (long)(offsets[index] * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), intended);
                if (wait >= TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, cancellationToken);
                }

                var (session, listener) = residents[index % residents.Count];
                sending.Add(SendAsync(client, session, listener, index, intended, cancellationToken));
            }

            var samples = await Task.WhenAll(sending);
            var cpu = CpuSnapshot.Describe(cpuAtStart, CpuSnapshot.Take());
            var wall = Stopwatch.GetElapsedTime(start, samples.Max(sample => sample.FinishedAt));
            return new OpenLoopResult(residents.Count, setupErrors, setup, wall, samples, cpu);
        }
        finally
        {
            await Task.WhenAll(residents.Select(resident => resident.Listener.DisposeAsync().AsTask()));
        }
    }

    private async Task<(DirectLineSession Session, IReplyListener Listener)> OpenAsync(DirectLineTestClient client, int number, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.TurnTimeout * (2 + options.WarmupTurns));
        var session = await client.StartConversationAsync(deadline.Token);
        var listener = await WebSocketReplyListener.ConnectAsync(session.StreamUrl, deadline.Token);
        try
        {
            for (var turn = 0; turn < options.WarmupTurns; turn++)
            {
                var id = await client.SendTextAsync(session, SampleQuestions.For(number, turn), cancellationToken: deadline.Token);
                await listener.WaitForReplyAsync(id, deadline.Token);
            }

            return (session, listener);
        }
        catch
        {
            await listener.DisposeAsync();
            throw;
        }
    }

    private async Task<OpenLoopSample> SendAsync(DirectLineTestClient client, DirectLineSession session, IReplyListener listener, int index, long intended, CancellationToken cancellationToken)
    {
        // Yield first: the schedule loop must go on to the next arrival, not wait for this POST to be written.
        await Task.Yield();
        var sendLag = Stopwatch.GetElapsedTime(intended).TotalMilliseconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.TurnTimeout);
        var step = "POST activity";
        try
        {
            var id = await client.SendTextAsync(session, SampleQuestions.For(index, 0), cancellationToken: deadline.Token);
            var acknowledged = Stopwatch.GetTimestamp();
            step = "waiting for the reply";
            var replied = await listener.WaitForReplyAsync(id, deadline.Token);
            return new OpenLoopSample(
                Stopwatch.GetElapsedTime(intended, acknowledged).TotalMilliseconds,
                Stopwatch.GetElapsedTime(intended, replied).TotalMilliseconds,
                sendLag,
                Error: null,
                Stopwatch.GetTimestamp());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var error = exception switch
            {
                OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                    string.Create(CultureInfo.InvariantCulture, $"timeout: {step} over {options.TurnTimeout.TotalSeconds:0.#} s"),
                HttpRequestException { StatusCode: { } status } => string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {status} on {step}"),
                _ => $"{exception.GetType().Name} on {step}",
            };
            return new OpenLoopSample(double.NaN, double.NaN, sendLag, error, Stopwatch.GetTimestamp());
        }
    }
}
