namespace KooAssistent.Benchmarks;

/// <summary>
/// When each open-loop message is meant to be sent, in seconds after the start, decided before the run: the schedule
/// never waits for the bot, so a slow reply cannot hold later messages back (no coordinated omission).
/// </summary>
public static class ArrivalSchedule
{
    public static double[] Offsets(Arrivals arrivals, double ratePerSecond, TimeSpan duration, int seed)
    {
        var count = (int)Math.Round(ratePerSecond * duration.TotalSeconds);
        var offsets = new double[count];
        if (arrivals == Arrivals.Fixed)
        {
            for (var index = 0; index < count; index++)
            {
                offsets[index] = index / ratePerSecond;
            }

            return offsets;
        }

        // A fixed seed, so two runs offer the bot the same bursts and only the bot differs.
#pragma warning disable CA5394 // A load schedule, not security.
        var random = new Random(seed);
        var at = 0.0;
        for (var index = 0; index < count; index++)
        {
            offsets[index] = at;
            at += -Math.Log(1 - random.NextDouble()) / ratePerSecond;
        }
#pragma warning restore CA5394

        return offsets;
    }
}
