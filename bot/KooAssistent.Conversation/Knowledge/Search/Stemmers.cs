using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>The stemmer for each language the knowledge is written in; other languages are matched on whole words.</summary>
public static class Stemmers
{
    public static Func<string, string> For(string language) => language switch
    {
        "nl" => DutchStemmer.Stem,
        "en" => EnglishStemmer.Stem,
        _ => static word => word,
    };
}
