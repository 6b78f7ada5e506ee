using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// Held-out figures of one way of folding the corpus: per class precision and recall of the top class, and what the
/// chosen thresholds give on lines the model did not see — crisis recall and false crises among the other lines.
/// </summary>
public sealed record CrossValidationReport(
    [property: JsonPropertyName("folding")] string Folding,
    [property: JsonPropertyName("folds")] int Folds,
    [property: JsonPropertyName("perClass")] IReadOnlyList<ClassFigures> PerClass,
    [property: JsonPropertyName("crisisRecall")] double CrisisRecall,
    [property: JsonPropertyName("crisisRecallWithAsk")] double CrisisRecallWithAsk,
    [property: JsonPropertyName("falseCrisis")] double FalseCrisis,
    [property: JsonPropertyName("falseCrisisWithAsk")] double FalseCrisisWithAsk,
    [property: JsonPropertyName("multiProblemRecall")] double MultiProblemRecall,
    [property: JsonPropertyName("multiProblemPrecision")] double MultiProblemPrecision);
