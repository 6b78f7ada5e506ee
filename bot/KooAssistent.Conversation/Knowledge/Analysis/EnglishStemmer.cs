namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// A light English stemmer for the English articles and questions: it folds the plural and verb endings residents
/// produce ("debts", "paying", "applied", "children"), enough for a small curated base; not a full Porter stemmer.
/// </summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3)
        {
            return word;
        }

        var stem = word switch
        {
            "children" => "child",
            "people" => "person",
            "women" => "woman",
            "men" => "man",
            _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
            _ when word.EndsWith("ied", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
            _ when word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 => Undouble(word[..^3]),
            _ when word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 => Undouble(word[..^2]),
            _ when word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 5 => word[..^2],
            _ when word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) => word[..^2],
            _ when word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) => word,
            _ when word.EndsWith('s') => word[..^1],
            _ => word,
        };

        // A final e goes too, so "live", "lives" and "living" all end up as "liv".
        return stem.Length > 3 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    // "stopped" -> "stop", not "stopp"; double l, s and z are kept ("called", "missed").
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}
