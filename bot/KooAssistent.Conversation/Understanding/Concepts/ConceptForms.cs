using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Builds <see cref="ConceptForm"/>s from the compact notation the lexicons are written in: forms separated by
/// '|', words by spaces, a prefix ends in '*'. So a lexicon reads as a list of what residents write. A long list is
/// given as several strings, never glued with '+': a missing '|' at a seam would silently join two forms into one.
/// </summary>
public static class ConceptForms
{
    public static IEnumerable<ConceptForm> Dutch(string concept, params string[] forms) => Parse(concept, forms, english: false);

    public static IEnumerable<ConceptForm> English(string concept, params string[] forms) => Parse(concept, forms, english: true);

    private static IEnumerable<ConceptForm> Parse(string concept, string[] lists, bool english)
    {
        ArgumentNullException.ThrowIfNull(lists);
        foreach (var form in lists.SelectMany(list => list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            // Apostrophes go, as in the text: "don't" and "dont", "foto's" and "fotos" are one word. Accents are folded
            // as in the text, or a form written "suïcidaal" would never meet a resident's "suïcidaal" (read "suicidaal").
            var words = form.Replace("'", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return new ConceptForm(concept, Array.ConvertAll(words, TextNormalizer.FoldWord), english);
        }
    }
}
