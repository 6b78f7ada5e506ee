namespace KooAssistent.Conversation.Knowledge.Articles;

/// <summary>One curated answer: a short B1 text for one kind of question, with who to contact.</summary>
/// <param name="Id">Unique, stable, lower-case with hyphens (used in links between articles and in evaluation).</param>
/// <param name="Theme">One of <see cref="Themes"/>.</param>
/// <param name="Language"><c>nl</c> or <c>en</c>.</param>
/// <param name="Questions">How residents ask it, in their words; they weigh heavily in retrieval.</param>
/// <param name="Keywords">Words and synonyms a resident might use that are not in the text.</param>
/// <param name="Related">Ids of articles to offer as next questions.</param>
/// <param name="Contacts">Ids from the organisations file.</param>
/// <param name="Facts">Each number written in the body, as written, with the source that confirms it (one of <paramref name="Sources"/>).</param>
/// <param name="TranslationOf">For an English article, the id of the Dutch original.</param>
/// <param name="Body">The answer in Markdown, contact placeholders already filled in.</param>
/// <param name="File">Path relative to the knowledge folder, for messages to editors.</param>
public sealed record Article(
    string Id,
    string Theme,
    string Title,
    string Language,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Contacts,
    IReadOnlyList<Uri> Sources,
    IReadOnlyDictionary<string, Uri> Facts,
    DateOnly Reviewed,
    string Owner,
    string? TranslationOf,
    string Body,
    string File)
{
    /// <summary>How many related articles an answer offers as buttons (beside "not helpful" and "talk to a person"); the rest of the list is not shown.</summary>
    public const int RelatedShown = 2;
}
