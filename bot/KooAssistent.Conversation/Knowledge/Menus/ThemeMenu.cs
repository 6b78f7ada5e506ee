namespace KooAssistent.Conversation.Knowledge.Menus;

/// <summary>One theme as a button, and the subjects offered when a resident picks it without a question yet.</summary>
/// <param name="Labels">The button text per language (<c>nl</c>, <c>en</c>).</param>
/// <param name="ArticleIds">The most asked subjects of the theme, in the order they are offered.</param>
public sealed record ThemeMenu(string Theme, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> ArticleIds)
{
    public string LabelFor(string language) => Labels.TryGetValue(language, out var label) ? label : Labels["nl"];
}
