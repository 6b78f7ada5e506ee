using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Tests.Understanding.Safety;

/// <summary>The safety net against every line of the labelled sets: no crisis missed, none invented.</summary>
public sealed class CrisisDetectorDevSetTests
{
    [Theory]
    [InlineData("dev.jsonl", 40)]
    [InlineData("holdout.jsonl", 20)]
    public void Every_crisis_line_is_detected(string file, int atLeast)
    {
        var crisisLines = DevSet.Named(file).Where(line => line.Route == "crisis").ToList();

        var missed = crisisLines.Where(line => !AnyTurnIsCrisis(line)).Select(line => line.Id).ToList();

        Assert.True(crisisLines.Count >= atLeast, $"Only {crisisLines.Count} crisis lines.");
        Assert.True(missed.Count == 0, $"Missed: {string.Join(", ", missed)}");
    }

    [Theory]
    [InlineData("dev.jsonl")]
    [InlineData("holdout.jsonl")]
    public void No_line_without_a_crisis_label_fires_the_safety_net(string file)
    {
        var fired = DevSet.Named(file).Where(line => line.Route != "crisis")
            .Select(line => (line.Id, Signals: Signals(line)))
            .Where(found => found.Signals.Count > 0)
            .Select(found => $"{found.Id}: {string.Join("; ", found.Signals.Select(signal => $"{signal.Concern} '{signal.Evidence}'"))}")
            .ToList();

        Assert.True(fired.Count == 0, $"Fired on {fired.Count} lines:\n{string.Join('\n', fired)}");
    }

    private static bool AnyTurnIsCrisis(DevCase line) => Signals(line).Count > 0;

    private static List<SafetySignal> Signals(DevCase line) =>
        [.. line.Turns.SelectMany((turn, index) => CrisisDetector.Read(turn, [.. line.Turns.Take(index)]).Signals)];
}
