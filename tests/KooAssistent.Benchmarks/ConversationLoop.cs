using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using KooAssistent.Testing;

namespace KooAssistent.Benchmarks;

/// <summary>
/// One simulated resident in a closed loop: start a conversation, then send a message, wait for the bot's reply
/// to it, and only then send the next — as a person typing in the widget does.
/// </summary>
public sealed class ConversationLoop(DirectLineTestClient client, BenchmarkOptions options, StartLine startLine)
{
    public async Task<ConversationOutcome> RunAsync(int number, CancellationToken cancellationToken)
    {
        var turnLatencies = new List<double>(options.Turns);
        var ackLatencies = new List<double>(options.Turns);
        var step = Step.Start;
        var started = false;
        var atStartLine = false;
        try
        {
            var session = await WithinTimeoutAsync(client.StartConversationAsync, cancellationToken);
            step = Step.OpenStream;
            await using var listener = await WithinTimeoutAsync(deadline => OpenAsync(session, deadline), cancellationToken);
            started = true;

            for (var turn = 0; turn < options.WarmupTurns + options.Turns; turn++)
            {
                if (turn == options.WarmupTurns)
                {
                    atStartLine = true;
                    await startLine.ArriveAsync().WaitAsync(cancellationToken);
                }

                using var deadline = Deadline(cancellationToken);
                step = Step.Post;
                var sent = Stopwatch.GetTimestamp();
                var id = await client.SendTextAsync(session, SampleQuestions.For(number, turn), cancellationToken: deadline.Token);
                var acknowledged = Stopwatch.GetTimestamp();
                step = Step.Reply;
                var replied = await listener.WaitForReplyAsync(id, deadline.Token);
                if (turn >= options.WarmupTurns)
                {
                    ackLatencies.Add(Stopwatch.GetElapsedTime(sent, acknowledged).TotalMilliseconds);
                    turnLatencies.Add(Stopwatch.GetElapsedTime(sent, replied).TotalMilliseconds);
                }
            }

            return new ConversationOutcome(number, started, turnLatencies, ackLatencies, Error: null, Stopwatch.GetTimestamp());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var error = cancellationToken.IsCancellationRequested ? "interrupted" : Describe(step, exception);
            return new ConversationOutcome(number, started, turnLatencies, ackLatencies, error, Stopwatch.GetTimestamp());
        }
        finally
        {
            if (!atStartLine)
            {
                startLine.Leave();
            }
        }
    }

    private async Task<IReplyListener> OpenAsync(DirectLineSession session, CancellationToken cancellationToken) =>
        options.Transport == Transport.WebSocket
            ? await WebSocketReplyListener.ConnectAsync(session.StreamUrl, cancellationToken)
            : new PollingReplyListener(client, session, options.PollInterval);

    private async Task<T> WithinTimeoutAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        using var deadline = Deadline(cancellationToken);
        return await step(deadline.Token);
    }

    private CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.TurnTimeout);
        return deadline;
    }

    /// <summary>A short, stable description, so that identical failures add up in the report.</summary>
    private string Describe(string step, Exception exception) => exception switch
    {
        OperationCanceledException when step == Step.Reply =>
            string.Create(CultureInfo.InvariantCulture, $"timeout: no reply within {options.TurnTimeout.TotalSeconds:0.#} s"),
        OperationCanceledException =>
            string.Create(CultureInfo.InvariantCulture, $"timeout: {step} took over {options.TurnTimeout.TotalSeconds:0.#} s"),
        HttpRequestException { StatusCode: { } status } =>
            string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {status} on {step}"),
        _ => $"{exception.GetType().Name} on {step}: {exception.Message}",
    };

    private static class Step
    {
        public const string Start = "token + start conversation";
        public const string OpenStream = "opening the stream";
        public const string Post = "POST activity";
        public const string Reply = "waiting for the reply";
    }
}
