using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>
/// Amounts in euros: "€ 1.250,-", "€1250", "1250 euro", "1.250 EUR", "3k", "drieduizend euro", "twee ton", "12 euro 50",
/// "50 cent". Other currencies are left as plain numbers: the bot's residents are paid and owe in euros.
/// </summary>
internal sealed class MoneyRecognizer : IEntityRecognizer
{
    private const decimal Ton = 100_000m;

    private static readonly WordTable<bool> Euro = WordSet.Of(["euro", "euros", "eur"], ["euro", "euros", "eur"]);
    private static readonly WordTable<bool> Cents = WordSet.Of(["cent", "cents", "eurocent"], ["cent", "cents"]);

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        foreach (var span in input.Numbers.All)
        {
            if (Read(input, span) is { } money)
            {
                candidates.Add(money);
            }
        }
    }

    private static RecognizedEntity? Read(RecognitionInput input, NumberSpan span)
    {
        var amount = span.Amount;
        var isMoney = span.HasThousandSuffix;
        var first = span.FirstToken;
        var before = first - 1;
        if (input.IsSymbol(before, '€') || (span.IsDigits && input.IsWord(before, Euro) && !input.Numbers.TryEndingAt(before - 1, out _)))
        {
            (first, isMoney) = (before, true);
        }

        var last = span.LastToken;
        if (input.IsGlued(last + 1) && input.Tokens[last + 1].Text is "," or "." && input.IsSymbol(last + 2, '-') && input.IsGlued(last + 2))
        {
            // "1.250,-" is how Dutch prices say "no cents".
            (last, isMoney) = (last + 2, true);
            if (input.IsSymbol(last + 1, '-') && input.IsGlued(last + 1))
            {
                last++;
            }
        }

        if (input.IsWord(last + 1, "ton") && amount <= 1_000)
        {
            (amount, last, isMoney) = (amount * Ton, last + 1, true);
        }

        if (input.IsWord(last + 1, Euro) || input.IsSymbol(last + 1, '€'))
        {
            (last, isMoney) = (last + 1, true);
            (amount, last) = WithCents(input, amount, last);
        }
        else if (!isMoney && input.IsWord(last + 1, Cents))
        {
            (amount, last, isMoney) = (amount / 100, last + 1, true);
        }

        return isMoney && (!span.IsWeak || last > span.LastToken)
            ? input.EntityOfTokens(EntityKind.Money, first, last, new MoneyValue(amount))
            : null;
    }

    /// <summary>"12 euro 50" and "12 euro en 50 cent".</summary>
    private static (decimal Amount, int Last) WithCents(RecognitionInput input, decimal amount, int euroToken)
    {
        var next = euroToken + 1;
        if (input.IsDigits(next) && input.Tokens[next].Length == 2 && input.Numbers.TryStartingAt(next, out var loose)
            && loose.LastToken == next && !input.IsWord(next + 1, Euro) && !input.IsSymbol(next + 1, '%'))
        {
            return (amount + (loose.Value / 100), next);
        }

        if (input.IsWord(next, "en") && input.Numbers.TryStartingAt(next + 1, out var cents) && cents.IsDigits && cents.Value < 100
            && input.IsWord(cents.LastToken + 1, Cents))
        {
            return (amount + (cents.Value / 100), cents.LastToken + 1);
        }

        return (amount, euroToken);
    }
}
