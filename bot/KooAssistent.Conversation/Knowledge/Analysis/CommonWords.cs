using System.Collections.Frozen;

namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Everyday words that say little about the subject: common verb forms, time words, vague nouns and adjectives
/// ("zei", "moest", "stuurt", "keer", "goed"). With fifty-odd articles such a word can occur in one example
/// question only and then look as rare as "deurwaarder"; it still counts, but lightly. Stop words
/// (<see cref="StopWords"/>) are left out altogether; these stay, because a phrase like "stuurt brieven" still
/// helps a little.
/// </summary>
public static class CommonWords
{
    /// <summary>The weight of a common word against a word that names the subject.</summary>
    public const double Weight = 0.3;

    private static readonly FrozenSet<string> Dutch = new[]
    {
        "zei", "zeg", "zegt", "zeggen", "gezegd", "zeiden", "moest", "moesten", "gemoeten", "kwam", "kwamen", "komt",
        "kom", "komen", "gekomen", "ging", "gingen", "gegaan", "word", "werd", "geworden", "maak", "maakt", "maken",
        "maakte", "gemaakt", "krijgt", "kreeg", "kregen", "gekregen", "stuurt", "stuur", "sturen", "stuurde",
        "gestuurd", "staat", "sta", "staan", "stond", "gestaan", "ligt", "lag", "liggen", "zie", "ziet", "zien", "zag",
        "gezien", "kijk", "kijkt", "kijken", "keek", "denk", "denkt", "denken", "dacht", "gedacht", "vind", "vindt",
        "vinden", "vond", "gevonden", "geef", "geeft", "geven", "gaf", "gegeven", "neem", "neemt", "nemen", "nam",
        "genomen", "hou", "houd", "houdt", "houden", "hield", "loop", "loopt", "lopen", "liep", "zet", "zetten",
        "zette", "blijf", "blijft", "blijven", "bleef", "lijkt", "lijken", "leek", "begin", "begint", "beginnen",
        "begon", "probeer", "probeert", "proberen", "probeerde", "geprobeerd", "wilde", "wou", "wilden", "kon",
        "konden", "zouden", "mocht", "mochten", "hadden", "gehad", "deed", "deden", "gedaan", "ben", "gebeurt",
        "gebeurd", "gebeuren", "bedoel", "bedoelt", "bedoeling", "snap", "snapt", "begrijp", "begrijpt", "hoor",
        "hoort", "horen", "gehoord", "lees", "leest", "lezen", "gelezen", "zoek", "zoekt", "zoeken", "gezocht",
        "werkt", "regel", "regelen", "geregeld", "net", "pas", "weer", "ooit", "meer", "minder", "veel", "weinig",
        "beetje", "best", "zeker", "misschien", "waarschijnlijk", "helemaal", "allemaal", "alles", "niets", "niks",
        "ergens", "nergens", "overal", "zelf", "zelfs", "daarom", "waarom", "wanneer", "ding", "dingen", "keer",
        "keren", "tijd", "tijdje", "jaar", "jaren", "maand", "maanden", "week", "weken", "dagen", "moment", "manier",
        "stuk", "soort", "kant", "goed", "goede", "slecht", "slechte", "groot", "grote", "klein", "kleine", "lang",
        "lange", "kort", "moeilijk", "lastig", "makkelijk", "hele", "elk", "elke", "ieder", "iedere", "alle",
        "andere", "ander", "sommige", "zon", "mezelf", "jezelf", "zichzelf", "elkaar", "goedemorgen",
        "goedemiddag", "goedenavond", "beste", "groetjes", "groeten", "mevrouw", "meneer", "sorry", "tips", "tip",
        "pak", "pakt", "pakken", "aanpak", "aanpakken",

        // When it happened and how it startled: "gisteren vertelde mijn zoon …" and "ik schrok me rot" say nothing about
        // the subject, yet one example question that says them made them look rare.
        "gisteren", "eergisteren", "vandaag", "morgen", "overmorgen", "vanochtend", "vanmorgen", "vanmiddag",
        "vanavond", "straks", "binnenkort", "onlangs", "afgelopen", "vorige", "vorig", "schrik", "schrok",
        "schrikken", "geschrokken",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> English = new[]
    {
        "said", "says", "say", "came", "come", "comes", "went", "go", "goes", "going", "make", "makes", "made",
        "take", "takes", "took", "give", "gives", "gave", "see", "sees", "saw", "look", "looks", "looking", "think",
        "thought", "find", "found", "keep", "kept", "try", "tried", "trying", "seems", "started", "start", "mean",
        "now", "then", "again", "ever", "more", "less", "lot", "lots", "bit", "good", "bad", "big", "small", "other",
        "others", "something", "anything", "nothing", "everything", "time", "year", "years", "month", "months",
        "week", "weeks", "days", "way", "kind", "sort", "maybe", "probably", "sure", "actually", "even", "why", "when",
        "myself", "yourself", "each", "sorry", "tips", "tip", "morning", "evening", "dear",
        "yesterday", "today", "tomorrow", "tonight", "recently", "soon",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs that Dutch splits over a sentence and that say how rather than what: "hoe pak ik dat aan", "hoe kom ik
    /// aan een DigiD". Joined, they count as lightly as the everyday words above.
    /// </summary>
    public static IReadOnlyList<string> EverydayJoinedVerbs { get; } = ["aanpakken", "aankomen"];

    public static bool IsCommon(string word, string language) =>
        (language == "en" ? English : Dutch).Contains(word);
}
