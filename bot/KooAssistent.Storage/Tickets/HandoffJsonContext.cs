using System.Text.Json.Serialization;
using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.Tickets;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HandoffRequest))]
internal sealed partial class HandoffJsonContext : JsonSerializerContext;
