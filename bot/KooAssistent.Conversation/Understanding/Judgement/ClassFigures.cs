using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>Precision and recall of one class on held-out lines.</summary>
public sealed record ClassFigures(
    [property: JsonPropertyName("class")] string Class,
    [property: JsonPropertyName("lines")] int Lines,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall);
