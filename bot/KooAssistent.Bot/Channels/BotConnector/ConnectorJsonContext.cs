using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Bot.Channels.BotConnector;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ConnectorJsonContext : JsonSerializerContext;
