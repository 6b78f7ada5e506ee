using System.Globalization;
using System.Text;

namespace KooAssistent.Benchmarks;

/// <summary>Every measured turn as one CSV line, so that a spike can be looked at instead of guessed at.</summary>
public static class SampleFile
{
    public static async Task WriteAsync(string path, IEnumerable<ConversationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var csv = new StringBuilder("conversation,turn,ack_ms,turn_ms\n");
        foreach (var outcome in outcomes)
        {
            for (var turn = 0; turn < outcome.TurnLatencies.Count; turn++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{outcome.Number},{turn},{outcome.AckLatencies[turn]:0.###},{outcome.TurnLatencies[turn]:0.###}\n");
            }
        }

        await File.WriteAllTextAsync(path, csv.ToString());
    }
}
