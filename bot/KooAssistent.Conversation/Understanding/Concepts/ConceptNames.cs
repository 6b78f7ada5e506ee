namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>The concepts every rule set shares; the others are named in their own lexicon.</summary>
public static class ConceptNames
{
    /// <summary>"niet", "geen", "nooit", "not", "never": cancels a negatable rule it stands next to.</summary>
    public const string Negation = "negation";
}
