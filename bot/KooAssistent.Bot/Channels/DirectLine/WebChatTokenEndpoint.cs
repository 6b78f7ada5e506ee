using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c>, what the widget calls instead of holding a secret: a token for one new
/// conversation and one new user id. Nothing is stored until the widget actually starts the conversation.
/// </summary>
public static class WebChatTokenEndpoint
{
    public const string RateLimitPolicy = "webchat-token";

    public static JsonHttpResult<WebChatTokenResponse> Post(DirectLineTokenService tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // 128 random bits each: ids that cannot be guessed or enumerated (ASVS 8.2.2). Web Chat treats ids
        // starting with dl_ as bound by the token, which is exactly what they are.
        var caller = new DirectLineCaller(RandomId(), "dl_" + RandomId());
        var token = tokens.Issue(caller, TokenKind.Conversation);
        return TypedResults.Json(
            new WebChatTokenResponse(token.Token, caller.ConversationId, token.ExpiresInSeconds),
            DirectLineJsonContext.Default.WebChatTokenResponse);
    }

    private static string RandomId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
