using System.Text.Json.Serialization;

namespace KooAssistent.Cli.Eval;

/// <summary>The bot's decision on the last turn of an <see cref="EvalCase"/>, written as one output line.</summary>
internal sealed record EvalOutcome(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("route")] string Route,
    [property: JsonPropertyName("theme")] string Theme,
    [property: JsonPropertyName("articleId")] string? ArticleId,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string>? Reasons = null)
{
    /// <summary>A crisis turn that asked "Ben je nu in gevaar?" rather than giving the help lines outright.</summary>
    [JsonIgnore]
    public bool AskedAboutDanger => Reasons?.Contains("danger-question") == true;
}
