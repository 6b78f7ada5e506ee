namespace KooAssistent.Benchmarks;

/// <summary>
/// What the simulated residents type: ordinary social-domain questions, so that the benchmark keeps exercising
/// the real answer path once the bot searches its knowledge instead of falling back.
/// </summary>
public static class SampleQuestions
{
    private static readonly string[] Questions =
    [
        "Hoe vraag ik huishoudelijke hulp aan?",
        "Ik heb schulden en weet niet waar ik moet beginnen.",
        "Kan ik een scootmobiel krijgen via de Wmo?",
        "Mijn moeder woont alleen en redt het niet meer.",
        "Wat is een keukentafelgesprek?",
        "Ik kan mijn huur deze maand niet betalen.",
        "Waar vind ik hulp bij opvoeden?",
        "Hoe lang duurt een aanvraag voor een traplift?",
    ];

    public static string For(int conversation, int turn) => Questions[(conversation + turn) % Questions.Length];
}
