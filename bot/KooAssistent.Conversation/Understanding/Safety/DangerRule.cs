using KooAssistent.Conversation.Understanding.Concepts;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// A combination of concepts that means danger of one kind. <see cref="Certain"/> rules make a crisis at once;
/// the others make danger possible, and the bot asks "Ben je nu in gevaar?" with the help lines.
/// </summary>
public sealed record DangerRule(ConceptRule Rule, DangerKind Kind, bool Certain)
{
    public static DangerRule Crisis(DangerKind kind, string name, string[][] slots, int span = 10, string[]? unless = null, bool subjectFirst = false, bool negatable = true, bool acrossSentences = false) =>
        new(new ConceptRule(name, slots, span, unless, subjectFirst, negatable, acrossSentences), kind, true);

    public static DangerRule Possible(DangerKind kind, string name, string[][] slots, int span = 10, string[]? unless = null, bool subjectFirst = false, bool negatable = true, bool acrossSentences = false) =>
        new(new ConceptRule(name, slots, span, unless, subjectFirst, negatable, acrossSentences), kind, false);
}
