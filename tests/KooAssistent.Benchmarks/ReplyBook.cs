using System.Text.Json;

namespace KooAssistent.Benchmarks;

/// <summary>
/// When each of the bot's replies arrived, by the id of the message it answers. A reply may arrive before the
/// POST that caused it has returned its id (the stream can be faster than the response), so either side may
/// come first. Entries are never removed: there is one per turn of one conversation.
/// </summary>
public sealed class ReplyBook
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, TaskCompletionSource<long>> replies = new(StringComparer.Ordinal);
    private Exception? failure;

    public Task<long> WaitAsync(string activityId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!replies.ContainsKey(activityId) && failure is not null)
            {
                return Task.FromException<long>(failure);
            }

            return Entry(activityId).Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>For a client that looks rather than waits (polling): when the reply arrived, if it has.</summary>
    public bool TryGetArrival(string activityId, out long timestamp)
    {
        lock (gate)
        {
            if (replies.TryGetValue(activityId, out var entry) && entry.Task.IsCompletedSuccessfully)
            {
                timestamp = entry.Task.Result;
                return true;
            }
        }

        timestamp = 0;
        return false;
    }

    /// <summary>Records the bot's replies in an ActivitySet (<c>{"activities":[...]}</c>) received at <paramref name="timestamp"/>.</summary>
    public void Read(JsonElement activitySet, long timestamp)
    {
        if (!activitySet.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("from", out var from)
                && from.TryGetProperty("role", out var role)
                && role.ValueEquals("bot")
                && activity.TryGetProperty("replyToId", out var replyToId)
                && replyToId.GetString() is { } id)
            {
                Arrived(id, timestamp);
            }
        }
    }

    /// <summary>Fails every wait that has no reply yet, and all later ones: no more replies can come.</summary>
    public void Fail(Exception exception)
    {
        lock (gate)
        {
            failure ??= exception;
            foreach (var reply in replies.Values)
            {
                reply.TrySetException(exception);
            }
        }
    }

    private void Arrived(string activityId, long timestamp)
    {
        lock (gate)
        {
            // The first reply counts; later ones (a second bubble, a replay after reconnect) change nothing.
            Entry(activityId).TrySetResult(timestamp);
        }
    }

    private TaskCompletionSource<long> Entry(string activityId)
    {
        if (!replies.TryGetValue(activityId, out var entry))
        {
            // Asynchronous continuations: the next turn must not run on the thread that reads the socket.
            entry = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            replies.Add(activityId, entry);
        }

        return entry;
    }
}
