namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Danger found by the reader: its kind, whether it is certain or only possible (then the bot asks), the rule that
/// fired and the concepts that filled it — never the resident's words, so it may go into a summary or a metric.
/// </summary>
public sealed record DangerFinding(DangerKind Kind, bool Certain, string Rule, IReadOnlyList<string> Concepts)
{
    public override string ToString() => $"{Kind}:{Rule}({string.Join('+', Concepts)})";
}
