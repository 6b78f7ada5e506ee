using System.Text.Json.Serialization;
using KooAssistent.Storage.Insights;

namespace KooAssistent.Bot.Insights;

[JsonSerializable(typeof(InsightReport))]
[JsonSerializable(typeof(GapExplanation))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class InsightsJsonContext : JsonSerializerContext;
