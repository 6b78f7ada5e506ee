using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>
/// A day counted from the reference date: "over twee maanden", "over een week", "in two months" ahead;
/// "drie weken geleden", "2 years ago" back. Dutch "in 2 maanden" is left alone: it usually means "within".
/// </summary>
internal sealed class OffsetDateRecognizer : IEntityRecognizer
{
    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        foreach (var number in input.Numbers.All)
        {
            var unitToken = number.LastToken + 1;
            if (!input.TryWord(unitToken, CalendarWords.Units, out var unit))
            {
                continue;
            }

            // Dutch "over" with a Dutch unit only: English "over 3 years" means "more than".
            var ahead = (input.IsWord(number.FirstToken - 1, "over") && IsUnitIn(input, unitToken, Languages.Dutch))
                || (input.IsWord(number.FirstToken - 1, "in") && IsUnitIn(input, unitToken, Languages.English));
            var back = input.IsWord(unitToken + 1, "geleden") || input.IsWord(unitToken + 1, "ago");
            if (ahead == back)
            {
                continue;
            }

            var first = ahead ? number.FirstToken - 1 : number.FirstToken;
            var last = ahead ? unitToken : unitToken + 1;
            if (DateMath.Offset(input.ReferenceDate, ahead ? number.Value : -number.Value, unit) is { } day)
            {
                candidates.Add(input.EntityOfTokens(EntityKind.Date, first, last, DateValue.Day(day)));
            }
        }
    }

    private static bool IsUnitIn(RecognitionInput input, int index, Languages language) =>
        input.Languages.HasFlag(language) && CalendarWords.Units.Contains(input.Tokens[index].Text, language);
}
