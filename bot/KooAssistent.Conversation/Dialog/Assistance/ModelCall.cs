namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// One call to the model inside a turn, made safe: its answer, or why there is none — <c>timeout</c> when the turn's
/// time limit for the model ran out, <c>error</c> for anything the client threw. Whatever goes wrong, the turn goes on
/// as without a model; only a cancellation of the turn itself is passed on.
/// </summary>
internal static class ModelCall
{
    public static async Task<(T? Answer, string? Failure)> TryAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken modelToken, CancellationToken turnToken)
    {
        try
        {
            return (await call(modelToken).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (!turnToken.IsCancellationRequested)
        {
            return (default, "timeout");
        }
#pragma warning disable CA1031 // Whatever goes wrong in the model's client, the turn goes on as without a model.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (default, "error");
        }
    }
}
