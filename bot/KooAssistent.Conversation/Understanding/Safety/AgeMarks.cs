using System.Collections.Frozen;
using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Ages told beside a person, read as what they mean for danger: "mijn nicht van 15", "ik ben pas 16", "een 14-jarige"
/// is a minor; "haar vriendje van 24", "a guy of 30" is an adult friend. A marker word is put after the age, so the
/// lexicon names the concept once instead of every pairing of a person and a number.
/// </summary>
internal static class AgeMarks
{
    /// <summary>Read by <see cref="DangerConcepts.Minor"/>.</summary>
    public const string MinorMark = "minderjarige";

    /// <summary>Read by <see cref="DangerConcepts.AdultFriend"/>.</summary>
    public const string AdultFriendMark = "volwassenvriend";

    /// <summary>Read by <see cref="DangerConcepts.Elder"/>: "mijn vader (79)", "mevrouw van 86".</summary>
    public const string ElderMark = "hoogbejaardemark";

    /// <summary>From this age a parent, a client or a neighbour is an older person, for whom taken money and little food is abuse.</summary>
    private const int YoungestElder = 70;

    private const int YoungestMinor = 10;
    private const int OldestMinor = 17;

    /// <summary>Below this a friend is a peer of a teenager, not a grown man who courts her.</summary>
    private const int YoungestAdultFriend = 19;

    private const int OldestAge = 99;

    /// <summary>Words for a young person whose age may follow: "dochter van 15", "girl of 14", "zusje 13 jaar".</summary>
    private static readonly FrozenSet<string> YoungPeople = new[]
    {
        "dochter", "dochtertje", "zoon", "zoontje", "nicht", "nichtje", "neef", "neefje", "zus", "zusje", "broer", "broertje",
        "meisje", "meid", "jongen", "jongetje", "kind", "kleindochter", "kleinzoon", "stiefdochter", "stiefzoon", "pleegdochter",
        "pleegzoon", "buurmeisje", "buurjongen", "vriendin", "vriendinnetje", "leerling", "leerlinge", "tiener",
        "daughter", "son", "niece", "nephew", "sister", "brother", "girl", "boy", "kid", "cousin", "granddaughter", "grandson",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for a man or a friend whose adult age makes him a danger beside a minor: "vriendje van 24".</summary>
    private static readonly FrozenSet<string> Friends = new[]
    {
        "vriend", "vriendje", "boyfriend", "bf", "lover", "loverboy", "man", "vent", "gast", "kerel", "jongen", "iemand", "kennis",
        "mannen", "jongens", "vrienden", "guy", "guys", "friend", "friends", "dude", "someone", "men",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for an older person whose age may follow: "vader (79)", "mevrouw van 86", "my dad (79)". Not "man":
    /// beside a number that word is read as an adult friend.</summary>
    private static readonly FrozenSet<string> Elders = new[]
    {
        "vader", "moeder", "pa", "ma", "papa", "mama", "opa", "oma", "mevrouw", "meneer", "buurman", "buurvrouw", "tante", "oom",
        "schoonmoeder", "schoonvader", "client", "cliënt", "clientje", "dad", "mum", "mom", "father", "mother", "grandma", "grandpa",
        "neighbour", "neighbor", "lady", "aunt", "uncle",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that give an age to the word before them: "ik ben 15", "mijn zus is pas 14", "i am 13".</summary>
    private static readonly FrozenSet<string> AgeVerbs = new[] { "ben", "am", "is", "was", "word", "wordt" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Who may be giving an age with such a verb, besides a young person's word: "ik ben 15", "ze is 14", "im 16".</summary>
    private static readonly FrozenSet<string> Pronouns = new[] { "ik", "k", "ze", "zij", "hij", "i", "she", "he", "im", "shes", "hes" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Between = new[] { "van", "of", "pas", "nog", "maar", "net", "aged", "age", "ongeveer", "about" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FriendsOfATeenager = new[] { "friend", "vriend", "vriendje", "classmate", "klasgenoot", "klasgenote" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Units = new[]
    {
        "euro", "eur", "keer", "x", "minuten", "min", "uur", "dagen", "weken", "maanden", "procent", "cm", "kg", "km", "graden", "kilo",
        "minutes", "hours", "days", "weeks", "months", "times", "percent", "pounds", "dollars",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string[] Mark(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var marked = new List<string>(words.Length + 2);
        for (var index = 0; index < words.Length; index++)
        {
            marked.Add(words[index]);
            if (MarkAfter(words, index) is { } mark)
            {
                marked.Add(mark);
            }
        }

        return [.. marked];
    }

    private static string? MarkAfter(string[] words, int index)
    {
        if (AgeIn(words[index]) is not { } age)
        {
            return null;
        }

        // "14-jarige" and "14 jarig" carry the age themselves; otherwise it must follow a person or "ik ben".
        var asAdjective = words[index].EndsWith("jarige", StringComparison.Ordinal) || words[index].EndsWith("jarig", StringComparison.Ordinal)
            || (index + 1 < words.Length && words[index + 1] is "jarige" or "jarig");
        var owner = OwnerBefore(words, index);
        if (age is >= YoungestMinor and <= OldestMinor
            && (asAdjective || (owner is { } young && (YoungPeople.Contains(young) || Pronouns.Contains(young))) || PersonNear(words, index, IsTeenagerWord)))
        {
            return MinorMark;
        }

        if (age is >= YoungestElder and <= OldestAge && !asAdjective && (owner is { } elder && Elders.Contains(elder) || PersonNear(words, index, Elders.Contains)))
        {
            return ElderMark;
        }

        return age is >= YoungestAdultFriend and <= OldestAge && owner is { } friend && Friends.Contains(friend) ? AdultFriendMark : null;
    }

    private static bool IsTeenagerWord(string word) => YoungPeople.Contains(word) || FriendsOfATeenager.Contains(word);

    /// <summary>
    /// An age in brackets a few words after the person it belongs to: "my friend from school (14)", "mijn nichtje uit
    /// Rosmalen (15)", "mijn vader uit Engelen (79)". Not when a unit follows the number: "mijn zoon heeft 15 euro".
    /// </summary>
    private static bool PersonNear(string[] words, int index, Func<string, bool> isPerson)
    {
        if (index + 1 < words.Length && Units.Contains(words[index + 1]))
        {
            return false;
        }

        for (var before = index - 1; before >= 0 && before >= index - 4; before--)
        {
            if (isPerson(words[before]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word the age belongs to, passing "van", "pas", "nog maar" ("nicht van 15"), and through a verb to its subject
    /// ("ik ben pas 14", "mijn zus is 13"). "Mijn auto is 15 jaar oud" has no owner that is a person.
    /// </summary>
    private static string? OwnerBefore(string[] words, int index)
    {
        for (var before = index - 1; before >= 0 && before >= index - 3; before--)
        {
            if (AgeVerbs.Contains(words[before]))
            {
                // "ben pas 14" needs no "ik": only the writer "is" with "ben".
                return words[before] is "ben" or "am" ? "ik" : before > 0 ? words[before - 1] : null;
            }

            if (!Between.Contains(words[before]))
            {
                return words[before];
            }
        }

        return null;
    }

    private static int? AgeIn(string word)
    {
        var digits = word.Split('-', 2)[0];
        digits = digits.EndsWith("jarige", StringComparison.Ordinal) ? digits[..^6] : digits.EndsWith("jarig", StringComparison.Ordinal) ? digits[..^5] : digits;
        return digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null;
    }
}
