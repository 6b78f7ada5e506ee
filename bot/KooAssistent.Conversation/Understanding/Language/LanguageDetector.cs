using System.Buffers;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Language;

/// <summary>
/// Tells Dutch from English (and recognises other languages) on the short messages residents send: script first
/// (Arabic, Cyrillic, Ge'ez), then letters only some languages use, then frequent words. Dutch is the default of a
/// Dutch municipal service, so a message that could be either ("help", "ok") is Dutch, but not confidently.
/// </summary>
public static class LanguageDetector
{
    private const int MaxWords = 200;
    private static readonly SearchValues<char> PolishLetters = SearchValues.Create("ąćęłńśźż");
    private static readonly SearchValues<char> TurkishLetters = SearchValues.Create("ğışİ");

    public static LanguageGuess Detect(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (ScriptLanguage(message) is { } script)
        {
            return new LanguageGuess(script, true);
        }

        var words = TextNormalizer.Tokenize(message.Length > 4_000 ? message[..4_000] : message).Take(MaxWords).ToList();
        if (!words.Any(word => word.Any(char.IsLetter)))
        {
            return new LanguageGuess("unknown", false);
        }

        var raw = message.ToLowerInvariant();
        var scores = LanguageLexicon.Words.ToDictionary(pair => pair.Key, pair => (double)words.Count(pair.Value.Contains), StringComparer.Ordinal);
        if (raw.AsSpan().IndexOfAny(PolishLetters) >= 0)
        {
            scores["pl"] += 2;
        }

        if (raw.AsSpan().IndexOfAny(TurkishLetters) >= 0)
        {
            scores["tr"] += 2;
        }

        var ranked = scores.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key == "nl" ? 0 : 1).ToList();
        var (best, score) = (ranked[0].Key, ranked[0].Value);
        var runnerUp = ranked[1].Value;
        if (score == 0)
        {
            // Words no list knows, such as a misspelled Dutch word: Dutch, but not sure.
            return new LanguageGuess("nl", false);
        }

        var confident = score - runnerUp >= 1 && (score >= 2 || words.Count <= 2);
        return new LanguageGuess(best, confident);
    }

    private static string? ScriptLanguage(string message)
    {
        int arabic = 0, cyrillic = 0, ukrainian = 0, ethiopic = 0, letters = 0;
        foreach (var character in message.Length > 4_000 ? message[..4_000] : message)
        {
            if (!char.IsLetter(character))
            {
                continue;
            }

            letters++;
            switch (character)
            {
                case >= '\u0600' and <= '\u06FF':
                    arabic++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    ukrainian += character is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ' ? 1 : 0;
                    break;
                case >= '\u1200' and <= '\u137F':
                    ethiopic++;
                    break;
            }
        }

        return letters == 0 ? null
            : arabic * 2 > letters ? "ar"
            : cyrillic * 2 > letters ? (ukrainian > 0 ? "uk" : "ru")
            : ethiopic * 2 > letters ? "ti"
            : null;
    }
}
