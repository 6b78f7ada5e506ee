using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Activities;

/// <summary>
/// Source-generated JSON for activities: camelCase as the schema spells it, nulls omitted, unknown fields ignored
/// (the spec requires receivers to accept fields they do not understand).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
[JsonSerializable(typeof(string))]
public sealed partial class ActivityJsonContext : JsonSerializerContext;
