using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Bot.Channels.DirectLine;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(WebChatTokenResponse))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
