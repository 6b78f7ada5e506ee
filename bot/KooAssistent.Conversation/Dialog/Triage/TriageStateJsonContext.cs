using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Dialog.Triage;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, UseStringEnumConverter = true)]
[JsonSerializable(typeof(TriageState))]
internal sealed partial class TriageStateJsonContext : JsonSerializerContext;
