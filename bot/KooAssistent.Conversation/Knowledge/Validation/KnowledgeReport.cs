using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Knowledge.Validation;

/// <summary>What a check of the knowledge folder found: the articles that are usable and every issue.</summary>
public sealed record KnowledgeReport(IReadOnlyList<Article> Articles, IReadOnlyList<KnowledgeIssue> Issues)
{
    public bool HasErrors => Issues.Any(issue => issue.Severity == IssueSeverity.Error);

    public IEnumerable<KnowledgeIssue> Errors => Issues.Where(issue => issue.Severity == IssueSeverity.Error);
}
