namespace KooAssistent.Conversation.Knowledge.Canned;

/// <summary>
/// The standard replies editors keep in <c>knowledge/canned/{language}.yaml</c> for Buurtteam workers, per language.
/// A worker's reply is written by the worker: the text only lands in the reply box, to be changed before it is sent.
/// </summary>
public sealed class CannedReplies(IReadOnlyDictionary<string, IReadOnlyList<CannedReply>> byLanguage)
{
    public const string Worker = "{worker}";
    public const string FirstName = "{firstName}";
    public const string Team = "{team}";

    /// <summary>The placeholders a canned reply may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = [Worker, FirstName, Team];

    public static CannedReplies None { get; } = new(new Dictionary<string, IReadOnlyList<CannedReply>>());

    /// <summary>The replies in the resident's language, else the Dutch ones.</summary>
    public IReadOnlyList<CannedReply> For(string language) =>
        byLanguage.TryGetValue(language, out var replies) && replies.Count > 0 ? replies : byLanguage.GetValueOrDefault("nl") ?? [];

    /// <summary>
    /// The text with the placeholders filled in. Without a first name "Hoi {firstName}," reads "Hoi,": the
    /// placeholder goes together with the comma or space before it.
    /// </summary>
    public static string Fill(string text, string worker, string? firstName, string team)
    {
        ArgumentNullException.ThrowIfNull(text);
        var filled = text.Replace(Worker, worker, StringComparison.Ordinal).Replace(Team, team, StringComparison.Ordinal);
        return string.IsNullOrWhiteSpace(firstName)
            ? filled.Replace(", " + FirstName, string.Empty, StringComparison.Ordinal).Replace(" " + FirstName, string.Empty, StringComparison.Ordinal)
                .Replace(FirstName, string.Empty, StringComparison.Ordinal)
            : filled.Replace(FirstName, firstName, StringComparison.Ordinal);
    }
}
