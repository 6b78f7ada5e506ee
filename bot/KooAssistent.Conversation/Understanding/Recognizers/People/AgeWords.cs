using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.People;

/// <summary>The words around an age, folded.</summary>
internal static class AgeWords
{
    public static readonly WordTable<bool> Years = WordSet.Of(["jaar", "jr"], ["year", "years", "yr", "yrs"]);
    public static readonly WordTable<bool> Old = WordSet.Of(["oud"], ["old"]);
    public static readonly WordTable<bool> Jarig = WordSet.Of(["jarige", "jarig"], []);
    public static readonly WordTable<bool> Copulas = WordSet.Of(["is", "wordt", "werd", "was"], ["is", "turns", "turned", "was"]);
    public static readonly WordTable<bool> Fillers = WordSet.Of(["nu", "net", "bijna", "al", "pas", "sinds", "inmiddels"], ["now", "almost", "just", "already", "nearly"]);
    public static readonly WordTable<bool> Aged = WordSet.Of(["leeftijd"], ["aged", "age"]);

    // After these the number counts something else: "ik ben 3 maanden zwanger", "moeder van 3 kinderen", "ik ben 1 van de".
    public static readonly WordTable<bool> NotAnAge = WordSet.Of(
        ["euro", "eur", "cent", "procent", "keer", "kilo", "kg", "km", "meter", "uur", "uren", "minuten", "minuut", "van", "kinderen", "kids", "jongens", "meiden", "meisjes", "zonen", "dochters", "mensen", "personen", "stuks"],
        ["euro", "euros", "cent", "percent", "times", "kilo", "kg", "km", "hours", "hour", "minutes", "of", "kids", "children", "boys", "girls", "sons", "daughters", "people", "pounds", "dollars"]);

    // After "ik ben 67 jaar" only these keep it an age; "ik ben 3 jaar werkloos" is a duration.
    public static readonly WordTable<bool> Conjunctions = WordSet.Of(["en", "maar", "dus", "want", "of", "nu", "oud"], ["and", "but", "so", "now", "old"]);
}
