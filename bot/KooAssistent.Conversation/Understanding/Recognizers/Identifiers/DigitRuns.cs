using System.Buffers;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Digit groups that belong together because only a little punctuation separates them ("06 - 123 456 78",
/// "(073) 206 88 88", "4111-1111-1111-1111"). BSN, card and phone recognizers try windows of consecutive groups.
/// </summary>
internal sealed class DigitRuns
{
    private const int MaxGap = 3;
    private static readonly SearchValues<char> Separators = SearchValues.Create(" .-/()");

    private DigitRuns(string folded, List<List<DigitGroup>> runs)
    {
        Folded = folded;
        Runs = runs;
    }

    public string Folded { get; }

    public IReadOnlyList<IReadOnlyList<DigitGroup>> Runs { get; }

    public static DigitRuns Find(string folded)
    {
        var runs = new List<List<DigitGroup>>();
        var index = 0;
        while (index < folded.Length)
        {
            if (!char.IsAsciiDigit(folded[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < folded.Length && char.IsAsciiDigit(folded[index]))
            {
                index++;
            }

            var group = new DigitGroup(start, index);
            if (runs.Count > 0 && IsSeparator(folded, runs[^1][^1].End, start))
            {
                runs[^1].Add(group);
            }
            else
            {
                runs.Add([group]);
            }
        }

        return new DigitRuns(folded, runs);
    }

    /// <summary>The characters between two groups.</summary>
    public string Gap(DigitGroup before, DigitGroup after) => Folded[before.End..after.Start];

    /// <summary>The digits of groups <paramref name="first"/> to <paramref name="last"/> of a run, without separators.</summary>
    public string Digits(IReadOnlyList<DigitGroup> run, int first, int last) =>
        string.Concat(Enumerable.Range(first, last - first + 1).Select(index => Folded[run[index].Start..run[index].End]));

    /// <summary>No letter or digit touches position <paramref name="start"/> from the left.</summary>
    public bool IsFreeBefore(int start) => start == 0 || !char.IsLetterOrDigit(Folded[start - 1]);

    /// <summary>No letter or digit touches position <paramref name="end"/> from the right.</summary>
    public bool IsFreeAfter(int end) => end >= Folded.Length || !char.IsLetterOrDigit(Folded[end]);

    /// <summary>
    /// Groups <paramref name="first"/>..<paramref name="last"/> are separated by one and the same character, and the
    /// run does not go on with that character on either side: "123 456 782" in "123 456 782 9" is not a group of three.
    /// </summary>
    public bool IsEvenlyGrouped(IReadOnlyList<DigitGroup> run, int first, int last, string allowed)
    {
        var separator = Gap(run[first], run[first + 1]);
        if (separator.Length != 1 || !allowed.Contains(separator, StringComparison.Ordinal))
        {
            return false;
        }

        for (var index = first + 1; index < last; index++)
        {
            if (Gap(run[index], run[index + 1]) != separator)
            {
                return false;
            }
        }

        var extendsLeft = first > 0 && Gap(run[first - 1], run[first]) == separator;
        var extendsRight = last < run.Count - 1 && Gap(run[last], run[last + 1]) == separator;
        return !extendsLeft && !extendsRight;
    }

    private static bool IsSeparator(string folded, int from, int to) =>
        to - from is > 0 and <= MaxGap && folded.AsSpan(from, to - from).IndexOfAnyExcept(Separators) < 0;
}
