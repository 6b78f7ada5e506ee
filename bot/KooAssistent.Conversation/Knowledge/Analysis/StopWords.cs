using System.Collections.Frozen;

namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Words that say nothing about the subject of a question. Deliberately short lists: negations and words such as
/// "alleen" (alone), "geen" (no money, no income) or "niet" carry meaning in this domain and are kept.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Dutch = new[]
    {
        "de", "het", "een", "en", "of", "maar", "dat", "die", "dit", "deze", "er", "hier", "daar", "waar", "wat",
        "wie", "hoe", "welke", "welk", "is", "ben", "bent", "zijn", "was", "waren", "wordt", "worden", "werd", "ik",
        "je", "jij", "jou", "jouw", "u", "uw", "we", "wij", "ons", "onze", "ze", "zij", "hij", "hem", "haar", "hun",
        "mij", "me", "mijn", "m'n", "mn", "zn", "z'n", "in", "op", "aan", "van", "voor", "met", "bij", "naar", "om",
        "over", "uit", "tot", "te", "na", "als", "dan", "ook", "nog", "al", "wel", "toch", "even", "ff", "heel", "erg", "zo",
        "zoals", "heb", "hebt", "heeft", "hebben", "had", "kan", "kun", "kunt", "kunnen", "moet", "moeten", "mag",
        "mogen", "wil", "wilt", "willen", "zou", "zal", "zullen", "doe", "doet", "doen", "gaat", "ga", "gaan", "er",
        "eens", "iets", "wat", "nu", "toen", "dus", "want", "omdat", "hoi", "hallo", "hey", "hee", "dag", "graag",
        "alstublieft", "aub", "alsjeblieft", "ajb", "vraag", "vragen", "weet", "weten", "iemand", "mensen", "mens",
        "zit", "zitten", "krijg", "krijgen", "nou", "ja", "jaja", "oke", "ok", "okay", "wij", "jullie", "men",
        "laat", "laatst", "laatste", "vaak", "altijd", "nooit", "steeds", "soms", "echt", "gewoon", "eigenlijk",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> English = new[]
    {
        "a", "an", "the", "and", "or", "but", "that", "this", "these", "those", "there", "here", "where", "what",
        "who", "how", "which", "is", "am", "are", "was", "were", "be", "been", "being", "i", "you", "your", "we",
        "our", "they", "their", "he", "him", "his", "she", "her", "me", "my", "it", "its", "in", "on", "at", "of",
        "for", "with", "by", "to", "from", "about", "as", "than", "then", "also", "still", "do", "does", "did",
        "have", "has", "had", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "want",
        "get", "got", "so", "very", "just", "some", "any", "hi", "hello", "hey", "please", "question", "questions",
        "know", "someone", "anyone", "if", "im", "i'm", "dont", "don't", "ok", "okay", "yes",
        "every", "day", "always", "never", "really", "all", "like", "much", "many", "thing", "things",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsStopWord(string token, string language) =>
        (language == "en" ? English : Dutch).Contains(token);
}
