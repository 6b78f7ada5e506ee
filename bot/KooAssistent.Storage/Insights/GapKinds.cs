namespace KooAssistent.Storage.Insights;

/// <summary>Why a question is in the gaps store.</summary>
public static class GapKinds
{
    /// <summary>The bot asked back: the question was vague or fit several articles.</summary>
    public const string AskedBack = "asked-back";

    /// <summary>The bot declined it as not social support.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>Answered, but the best article only just passed the bar.</summary>
    public const string LowConfidence = "low-confidence";

    /// <summary>The resident pressed 👎 on the answer.</summary>
    public const string NotHelped = "not-helped";
}
