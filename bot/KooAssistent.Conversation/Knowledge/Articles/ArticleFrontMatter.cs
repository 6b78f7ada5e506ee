namespace KooAssistent.Conversation.Knowledge.Articles;

/// <summary>The YAML between the <c>---</c> lines, as written; checked and turned into an <see cref="Article"/> by <see cref="ArticleReader"/>.</summary>
internal sealed class ArticleFrontMatter
{
    public string? Id { get; set; }

    public string? Theme { get; set; }

    public string? Title { get; set; }

    public string? Language { get; set; }

    public List<string>? Questions { get; set; }

    public List<string>? Keywords { get; set; }

    public List<string>? Related { get; set; }

    public List<string>? Contacts { get; set; }

    public List<string>? Sources { get; set; }

    /// <summary>Each number written in the body, as written, with the source address that confirms it.</summary>
    public Dictionary<string, string>? Facts { get; set; }

    public string? Reviewed { get; set; }

    public string? Owner { get; set; }

    public string? TranslationOf { get; set; }
}
