using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// What ships beside the model: the corpus it was trained on (fingerprint), the thresholds chosen on held-out
/// folds, and the cross-validation figures. A test compares the fingerprint with the corpus in the repository.
/// </summary>
public sealed record JudgementManifest(
    [property: JsonPropertyName("corpusFingerprint")] string CorpusFingerprint,
    [property: JsonPropertyName("lines")] int Lines,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("classes")] IReadOnlyList<string> Classes,
    [property: JsonPropertyName("crisisThreshold")] float CrisisThreshold,
    [property: JsonPropertyName("askThreshold")] float AskThreshold,
    [property: JsonPropertyName("multiProblemThreshold")] float MultiProblemThreshold,
    [property: JsonPropertyName("personRequestThreshold")] float PersonRequestThreshold,
    [property: JsonPropertyName("singleQuestionThreshold")] float SingleQuestionThreshold,
    [property: JsonPropertyName("crossValidation")] IReadOnlyList<CrossValidationReport> CrossValidation)
{
    public const string FileName = "judgement-model.json";
    public const string ModelFileName = "judgement-model.zip";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static JudgementManifest FromJson(string json) =>
        JsonSerializer.Deserialize<JudgementManifest>(json, Options) ?? throw new InvalidDataException("The judgement model's manifest is empty.");
}
