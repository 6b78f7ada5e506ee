namespace KooAssistent.Cli.Eval.Llm;

/// <summary>Every call the brain made to the model during an eval: its feature, how it ended and how long it took.</summary>
internal sealed class ModelCallLog(TimeProvider clock)
{
    private readonly List<MeasuredCall> calls = [];

    public IReadOnlyList<MeasuredCall> Calls => calls;

    /// <summary>
    /// Times one call and records how it ended; the result or exception goes back to the brain unchanged, so the brain
    /// handles a timeout or a failure exactly as it does in the bot.
    /// </summary>
    public async Task<T> MeasureAsync<T>(ModelFeature feature, Func<Task<T>> call, Func<T, CallOutcome> outcome)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(outcome);
        var started = clock.GetTimestamp();
        try
        {
            var result = await call().ConfigureAwait(false);
            calls.Add(new(feature, outcome(result), clock.GetElapsedTime(started)));
            return result;
        }
        catch (OperationCanceledException)
        {
            calls.Add(new(feature, CallOutcome.Timeout, clock.GetElapsedTime(started)));
            throw;
        }
        catch (Exception)
        {
            calls.Add(new(feature, CallOutcome.Failed, clock.GetElapsedTime(started)));
            throw;
        }
    }
}
