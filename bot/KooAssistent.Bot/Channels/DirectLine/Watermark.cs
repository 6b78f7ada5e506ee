using System.Globalization;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Watermarks are the sequence number of the last activity a client has seen. A client without one has seen
/// nothing, so it gets everything: replaying what it already has is harmless (clients de-duplicate by id),
/// skipping what it missed is not.
/// </summary>
public static class Watermark
{
    public static bool TryParse(string? value, out long sequence)
    {
        if (string.IsNullOrEmpty(value))
        {
            sequence = 0;
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }

    public static string Format(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);
}
