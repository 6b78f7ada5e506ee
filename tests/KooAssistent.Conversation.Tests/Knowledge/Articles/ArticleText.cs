namespace KooAssistent.Conversation.Tests.Knowledge.Articles;

/// <summary>A valid article, and variations of it with one thing wrong.</summary>
internal static class ArticleText
{
    public const string Valid = """
        ---
        id: geld-schulden-eerste-stappen
        theme: geld
        title: Je hebt schulden. Wat kun je doen?
        language: nl
        questions:
          - Ik heb schulden, wat moet ik doen?
          - ik kom niet rond
        keywords: [schulden, achterstand]
        related: []
        contacts: [koo]
        sources:
          - https://kijkopkoo.nl/grote-waardering-voor-koo
        reviewed: 2026-11-01
        owner: redactie-koo
        ---
        Schulden los je niet in een keer op. Maar je kunt vandaag beginnen.

        - Open al je post.
        - Maak een lijst van wat je moet betalen.

        Bel Koo: {koo.phone}. Of kijk op [de website van Koo](https://www.kijkopkoo.nl).
        """;

    public static string With(string original, string replacement) => Valid.Replace(original, replacement, StringComparison.Ordinal);
}
