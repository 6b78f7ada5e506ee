namespace KooAssistent.Conversation.Knowledge.Validation;

/// <summary>A problem in the content, located so an editor can find it: <c>articles/nl/geld/x.md:7: error: ...</c>.</summary>
public sealed record KnowledgeIssue(string File, int Line, IssueSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == IssueSeverity.Error ? "error" : "warning")}: {Message}";
}
