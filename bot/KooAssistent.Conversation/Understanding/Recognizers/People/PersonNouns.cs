using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.People;

/// <summary>Words for people whose age a resident mentions, and whose age it then is.</summary>
internal static class PersonNouns
{
    public static readonly WordTable<AgeSubject> Subjects = new(
        Subject(AgeSubject.Child,
            "zoon", "zoontje", "zonen", "dochter", "dochtertje", "dochters", "kind", "kindje", "kinderen", "kids", "baby", "jongste", "oudste",
            "stiefzoon", "stiefdochter", "stiefkind", "pleegzoon", "pleegdochter", "pleegkind")
            .Concat(Subject(AgeSubject.Other,
                "moeder", "mama", "mam", "vader", "papa", "pap", "ouder", "ouders", "partner", "man", "vrouw", "vriend", "vriendin",
                "broer", "broertje", "zus", "zusje", "zuster", "oma", "opa", "tante", "oom", "neef", "nicht", "buurman", "buurvrouw",
                "schoonmoeder", "schoonvader", "kleinzoon", "kleindochter", "kleinkind"))
            .ToDictionary(),
        Subject(AgeSubject.Child,
            "son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "baby", "stepson", "stepdaughter", "youngest", "eldest", "oldest")
            .Concat(Subject(AgeSubject.Other,
                "mother", "mom", "mum", "father", "dad", "parent", "parents", "partner", "husband", "wife", "boyfriend", "girlfriend", "friend",
                "brother", "sister", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "nephew", "niece", "neighbour",
                "neighbor", "grandson", "granddaughter"))
            .ToDictionary());

    /// <summary>"moeder van 3" is a mother of three children; as an age it needs to be an adult's.</summary>
    public static readonly WordTable<bool> Parents = WordSet.Of(
        ["moeder", "mama", "mam", "vader", "papa", "pap", "ouder", "oma", "opa"],
        ["mother", "mom", "mum", "father", "dad", "parent", "grandmother", "grandfather", "grandma", "grandpa"]);

    /// <summary>Plural nouns after which "van 4 en 6" gives more than one age.</summary>
    public static readonly WordTable<bool> Plurals = WordSet.Of(
        ["kinderen", "kids", "zonen", "dochters"],
        ["children", "kids", "sons", "daughters"]);

    private static IEnumerable<KeyValuePair<string, AgeSubject>> Subject(AgeSubject subject, params string[] words) =>
        words.Select(word => KeyValuePair.Create(word, subject));
}
