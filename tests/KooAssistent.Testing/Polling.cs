namespace KooAssistent.Testing;

/// <summary>
/// Waits for something another thread or process does (a retry after a back-off, a delivery to a fake API), where
/// there is no signal to wait on. Returns when the condition holds or the time is up, so the test's own assertion
/// says what was missing.
/// </summary>
public static class Polling
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Interval);
        }
    }
}
