using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Knowledge;

/// <summary>
/// Contact details in content are written as <c>{organisation.field}</c> (<c>{koo.phone}</c>, <c>{geldfit.website}</c>)
/// and filled from the organisations file, so a changed number is edited in one place and never goes stale in an
/// article.
/// </summary>
public static partial class ContactPlaceholders
{
    public static readonly IReadOnlyList<string> Fields = ["name", "phone", "website", "chat", "hours"];

    /// <summary>
    /// Fills every placeholder. One that does not resolve is left as written and reported through
    /// <paramref name="reportProblem"/> (with its character index), so callers can throw or collect.
    /// </summary>
    /// <param name="language">The text's language: English texts get an organisation's English hours when it has them.</param>
    public static string Fill(string text, OrganisationDirectory organisations, string language, Action<int, string> reportProblem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(reportProblem);
        return Placeholder().Replace(text, match =>
        {
            var id = match.Groups["id"].Value;
            var field = match.Groups["field"].Value;
            if (!organisations.TryGet(id, out var organisation))
            {
                reportProblem(match.Index, $"{{{id}.{field}}} names an organisation '{id}' that is not in {OrganisationDirectory.FileName}");
                return match.Value;
            }

            var value = field switch
            {
                "name" => organisation.Name,
                "phone" => organisation.Phone,
                "website" => organisation.Website?.Host,
                "chat" => organisation.Chat?.AbsoluteUri,
                "hours" => language == "en" ? organisation.HoursEn ?? organisation.Hours : organisation.Hours,
                _ => null,
            };
            if (value is null)
            {
                reportProblem(match.Index, $"{{{id}.{field}}}: organisation '{id}' has no {field} (fields: {string.Join(", ", Fields)})");
                return match.Value;
            }

            return value;
        });
    }

    [GeneratedRegex(@"\{(?<id>[a-z0-9-]+)\.(?<field>[a-z]+)\}")]
    private static partial Regex Placeholder();
}
