namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Builds <see cref="ConceptForm"/>s from the compact notation the lexicons are written in: forms separated by
/// '|', words by spaces, a prefix ends in '*'. So a lexicon reads as a list of what residents write.
/// </summary>
public static class ConceptForms
{
    public static IEnumerable<ConceptForm> Dutch(string concept, string forms) => Parse(concept, forms, english: false);

    public static IEnumerable<ConceptForm> English(string concept, string forms) => Parse(concept, forms, english: true);

    private static IEnumerable<ConceptForm> Parse(string concept, string forms, bool english)
    {
        ArgumentNullException.ThrowIfNull(forms);
        foreach (var form in forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Apostrophes go, as in the text: "don't" and "dont", "foto's" and "fotos" are one word.
            yield return new ConceptForm(concept, form.Replace("'", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries), english);
        }
    }
}
