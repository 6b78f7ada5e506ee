namespace KooAssistent.Bot.Channels;

/// <summary>How long an outbox round holds the conversations it claimed, on every channel.</summary>
public static class OutboxClaim
{
    /// <summary>
    /// Far beyond one conversation's round (a failing message ends the round after its retries, under a minute), and
    /// the longest a conversation waits when the instance holding its claim died.
    /// </summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The name this instance claims under: its host and data folder, the same after a restart (a container restarted
    /// in its pod, a process after SIGKILL), so it takes its own claims back at once; two instances never share both.
    /// </summary>
    public static string ClaimerFor(Storage.DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"{Environment.MachineName}:{data.Path}";
    }
}
