using System.Globalization;
using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

/// <summary>Recognition against a fixed "today": Wednesday 14 January 2026.</summary>
internal static class Recognize
{
    public static readonly DateOnly Today = new(2026, 1, 14);

    private static readonly EntityRecognizer Recognizer = new();

    public static IReadOnlyList<RecognizedEntity> All(string text, string language = "nl") =>
        Recognizer.Recognize(text, new RecognitionContext(language, Today));

    public static IReadOnlyList<RecognizedEntity> Of(EntityKind kind, string text, string language = "nl") =>
        [.. All(text, language).Where(entity => entity.Kind == kind)];

    /// <summary>The one entity of <paramref name="kind"/>, failing the test if there is none or more than one.</summary>
    public static RecognizedEntity Single(EntityKind kind, string text, string language = "nl") =>
        Assert.Single(Of(kind, text, language));

    public static decimal Decimal(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture);
}
