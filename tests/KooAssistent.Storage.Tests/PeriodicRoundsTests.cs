namespace KooAssistent.Storage.Tests;

public sealed class PeriodicRoundsTests
{
    [Fact]
    public async Task A_failed_round_is_reported_and_the_next_tick_runs_again_until_cancelled()
    {
        using var stopping = new CancellationTokenSource();
        var rounds = 0;
        var failures = new List<Exception>();

        var run = PeriodicRounds.RunAsync(TimeSpan.FromMilliseconds(10), TimeProvider.System, _ =>
        {
            rounds++;
            if (rounds == 1)
            {
                throw new InvalidOperationException("store unavailable");
            }

            stopping.Cancel();
            return Task.CompletedTask;
        }, failures.Add, stopping.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(2, rounds);
        Assert.IsType<InvalidOperationException>(Assert.Single(failures));
    }
}
