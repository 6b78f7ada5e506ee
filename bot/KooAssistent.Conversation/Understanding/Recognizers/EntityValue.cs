namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>The meaning of a recognised entity. Each kind has its own sealed value type; switch on it.</summary>
public abstract record EntityValue
{
    /// <summary>An invariant, culture-free rendering for summaries and comparisons (ISO 8601 for dates and durations, E.164 for phones).</summary>
    public abstract string Normalized { get; }
}
