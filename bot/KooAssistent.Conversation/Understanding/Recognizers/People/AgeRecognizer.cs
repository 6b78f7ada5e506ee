using KooAssistent.Conversation.Understanding.Recognizers.Numbers;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;
using KooAssistent.Conversation.Understanding.Recognizers.Time;

namespace KooAssistent.Conversation.Understanding.Recognizers.People;

/// <summary>
/// Ages in the ways residents write them: "mijn zoon van 15", "dochter van 8 jaar", "mijn moeder (82)", "mijn zoon is
/// 15", "ik ben 67", "15-jarige", "mijn 15-jarige zoon", "a 15 year old", "my son is 15", "I'm 67". The span includes
/// the person ("zoon van 15"), which also makes it win over the bare number or the duration "8 jaar".
/// </summary>
internal sealed class AgeRecognizer : IEntityRecognizer
{
    private const int MaxAge = 120;

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        foreach (var number in input.Numbers.All)
        {
            if (number.IsWeak || !number.IsWholeNumber || number.Value is < 0 or > MaxAge)
            {
                continue;
            }

            var age = (int)number.Value;
            foreach (var (first, last, subject) in Readings(input, number))
            {
                candidates.Add(input.EntityOfTokens(EntityKind.Age, first, last, new AgeValue(age, subject)));
            }

            if (PluralNounBefore(input, number))
            {
                foreach (var sibling in Siblings(input, number))
                {
                    var last = Tail(input, sibling, strict: false) ?? sibling.LastToken;
                    candidates.Add(input.EntityOfTokens(EntityKind.Age, sibling.FirstToken, last, new AgeValue((int)sibling.Value, AgeSubject.Child)));
                }
            }
        }
    }

    private static IEnumerable<(int First, int Last, AgeSubject Subject)> Readings(RecognitionInput input, NumberSpan number)
    {
        var before = number.FirstToken - 1;
        if (Suffixed(input, number, out var suffixEnd) is { } suffixed)
        {
            yield return (number.FirstToken, suffixEnd, suffixed);
        }

        if (input.IsSymbol(before, '(') && input.IsSymbol(number.LastToken + 1, ')') && SubjectAt(input, before - 1) is { } bracketed)
        {
            yield return (before - 1, number.LastToken + 1, bracketed);
        }

        if (input.IsWord(before, "van") && SubjectAt(input, before - 1) is { } owner && input.Languages.HasFlag(Languages.Dutch)
            && !(input.IsWord(before - 1, PersonNouns.Parents) && number.Value < 18) && Tail(input, number, strict: false) is { } vanEnd)
        {
            yield return (before - 1, vanEnd, owner);
        }

        var verb = input.IsWord(before, AgeWords.Fillers) ? before - 1 : before;
        if (input.IsWord(verb, AgeWords.Copulas) && SubjectAt(input, verb - 1) is { } named && Tail(input, number, strict: true) is { } isEnd)
        {
            yield return (verb - 1, isEnd, named);
        }

        if (SelfStart(input, verb) is { } self && Tail(input, number, strict: true) is { } selfEnd)
        {
            yield return (self, selfEnd, AgeSubject.Self);
        }

        if (input.IsWord(before, AgeWords.Aged))
        {
            yield return (before, number.LastToken, AgeSubject.Unknown);
        }
    }

    /// <summary>"15-jarige (zoon)", "15 jaar oud", "15-year-old (son)".</summary>
    private static AgeSubject? Suffixed(RecognitionInput input, NumberSpan number, out int last)
    {
        last = number.LastToken + 1;
        if (input.IsSymbol(last, '-') && input.IsGlued(last) && input.IsGlued(last + 1))
        {
            last++;
        }

        if (input.IsWord(last, AgeWords.Years) && (input.IsWord(last + 1, AgeWords.Old) || (input.IsSymbol(last + 1, '-') && input.IsWord(last + 2, AgeWords.Old))))
        {
            last += input.IsWord(last + 1, AgeWords.Old) ? 1 : 2;
        }
        else if (!input.IsWord(last, AgeWords.Jarig))
        {
            return null;
        }

        if (SubjectAt(input, last + 1) is { } subject)
        {
            last++;
            return subject;
        }

        return AgeSubject.Unknown;
    }

    /// <summary>Where "ik ben", "i am", "i'm" or "im" starts, when it ends right at <paramref name="verb"/>.</summary>
    private static int? SelfStart(RecognitionInput input, int verb)
    {
        if ((input.IsWord(verb, "ben") && input.IsWord(verb - 1, "ik")) || (input.IsWord(verb, "am") && input.IsWord(verb - 1, "i")))
        {
            return verb - 1;
        }

        if (input.IsWord(verb, "m") && input.IsSymbol(verb - 1, '\'') && input.IsWord(verb - 2, "i"))
        {
            return verb - 2;
        }

        return input.IsWord(verb, "im") ? verb : null;
    }

    /// <summary>The last token of the age ("15", "15 jaar", "15 jaar oud"), or null when what follows makes it something else.</summary>
    private static int? Tail(RecognitionInput input, NumberSpan number, bool strict)
    {
        var last = number.LastToken;
        var withYears = input.IsWord(last + 1, AgeWords.Years);
        if (withYears)
        {
            last += input.IsWord(last + 2, AgeWords.Old) ? 2 : 1;
        }

        var next = last + 1;
        if (input.IsWord(next, AgeWords.NotAnAge) || input.IsWord(next, CalendarWords.Units) || input.IsSymbol(next, '%') || input.IsSymbol(next, '€')
            || (input.IsGlued(next) && input.Tokens[next].Text is ":" or "." or "," && input.IsDigits(next + 1) && input.IsGlued(next + 1)))
        {
            return null;
        }

        var ended = !input.Has(next) || input.Tokens[next].Kind == TokenKind.Symbol || input.IsWord(next, AgeWords.Conjunctions);
        return strict && withYears && !input.IsWord(last, AgeWords.Old) && !ended ? null : last;
    }

    private static AgeSubject? SubjectAt(RecognitionInput input, int index)
    {
        if (input.IsWord(index, "ik") || input.IsWord(index, "i"))
        {
            return AgeSubject.Self;
        }

        if (!input.TryWord(index, PersonNouns.Subjects, out var subject))
        {
            return null;
        }

        // "ik ben een vrouw van 45", "I am a mother (45)": the writer describing themselves.
        var describesSelf = input.IsWord(index - 1, "een") || input.IsWord(index - 1, "a") || input.IsWord(index - 1, "an");
        return describesSelf && (input.IsWord(index - 2, "ben") || input.IsWord(index - 2, "am") || input.IsWord(index - 2, "m")) ? AgeSubject.Self : subject;
    }

    private static bool PluralNounBefore(RecognitionInput input, NumberSpan number) =>
        input.IsWord(number.FirstToken - 1, "van") && input.IsWord(number.FirstToken - 2, PersonNouns.Plurals);

    /// <summary>"kinderen van 4, 6 en 9": the ages after the first.</summary>
    private static IEnumerable<NumberSpan> Siblings(RecognitionInput input, NumberSpan first)
    {
        var current = first;
        while ((input.IsSymbol(current.LastToken + 1, ',') || input.IsWord(current.LastToken + 1, "en") || input.IsWord(current.LastToken + 1, "and"))
            && input.Numbers.TryStartingAt(current.LastToken + 2, out var next) && !next.IsWeak && next.IsWholeNumber && next.Value is >= 0 and <= 30)
        {
            yield return next;
            current = next;
        }
    }
}
