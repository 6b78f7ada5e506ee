using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The bot's own id for a channel conversation: "bc" and 120 bits of SHA-256 over the channel and the channel's
/// conversation id. Teams ids run to hundreds of characters with <c>:</c>, <c>;</c> and <c>@</c>; ours stay short,
/// safe in URLs and log lines, and cannot collide with a Direct Line or WhatsApp conversation. The channel's ids are
/// random, not personal data, so no secret key is needed (unlike WhatsApp's phone numbers).
/// </summary>
public static class ConnectorConversationIds
{
    public static string For(string channelId, string connectorConversationId) =>
        "bc" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{connectorConversationId}")).AsSpan(0, 15));
}
