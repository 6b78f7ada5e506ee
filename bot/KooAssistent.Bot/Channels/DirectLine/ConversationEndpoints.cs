using System.Text.Json;
using KooAssistent.Bot.Hosting;
using KooAssistent.Storage;
using KooAssistent.Bot.Turns;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Start, reconnect and token refresh: the endpoints that hand out tokens and stream addresses.</summary>
public static class ConversationEndpoints
{
    /// <summary>DirectLineJS sends a user and a locale; a few hundred bytes.</summary>
    public const int MaxStartBodyBytes = 4096;

    /// <summary>
    /// <c>POST /conversations</c>: 201 and a welcome the first time; 200 without a second welcome when the
    /// token's conversation had already started (a reload must not greet the resident again).
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpContext http,
        TurnPipeline pipeline,
        DirectLineTokenService tokens,
        ConversationTokenRenewal renewal,
        StreamUrls streamUrls,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(renewal);
        var caller = http.GetDirectLineCaller();
        var body = await RequestBodyReader.ReadAsync(http.Request, MaxStartBodyBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.TooLarge("The start request body is too large.");
        }

        if (!TryReadLocale(body, out var locale))
        {
            return DirectLineErrors.BadArgument("The locale is not valid text.");
        }

        var created = await pipeline.StartConversationAsync(
            new NewConversation(caller.ConversationId, ClientActivityMapper.Channel, caller.UserId, locale),
            cancellationToken);
        // Starting again (a reload) hands out a new token too, so an existing conversation must still allow one.
        if (!created && await renewal.RefusalAsync(caller, cancellationToken) is { } refused)
        {
            return refused;
        }

        var token = tokens.Issue(caller, TokenKind.Conversation);
        var response = new ConversationResponse(caller.ConversationId, token.Token, token.ExpiresInSeconds, streamUrls.For(http.Request, caller, watermark: 0));
        return TypedResults.Json(
            response,
            DirectLineJsonContext.Default.ConversationResponse,
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: a fresh stream address that replays from the watermark.</summary>
    public static async Task<IResult> ReconnectAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        DirectLineTokenService tokens,
        ConversationTokenRenewal renewal,
        StreamUrls streamUrls,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(renewal);
        if (!Watermark.TryParse(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        var caller = http.GetDirectLineCaller();
        if (await renewal.RefusalAsync(caller, cancellationToken) is { } refused)
        {
            return refused;
        }

        var token = tokens.Issue(caller, TokenKind.Conversation);
        return TypedResults.Json(
            new ConversationResponse(caller.ConversationId, token.Token, token.ExpiresInSeconds, streamUrls.For(http.Request, caller, after)),
            DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>
    /// <c>POST /tokens/refresh</c>: a new token for the same conversation and user, while the old one is still valid
    /// and the conversation may still have one (<see cref="ConversationTokenRenewal"/>).
    /// </summary>
    public static async Task<IResult> RefreshAsync(HttpContext http, DirectLineTokenService tokens, ConversationTokenRenewal renewal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(renewal);
        var caller = http.GetDirectLineCaller();
        if (await renewal.RefusalAsync(caller, cancellationToken) is { } refused)
        {
            return refused;
        }

        var token = tokens.Issue(caller, TokenKind.Conversation);
        return TypedResults.Json(
            new ConversationResponse(caller.ConversationId, token.Token, token.ExpiresInSeconds, StreamUrl: null),
            DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>
    /// DirectLineJS sends <c>{"user":{"id"},"locale"}</c>; only the locale is used, the user comes from the token.
    /// False only for a locale that is not text at all (a lone surrogate, which no client writes by accident).
    /// </summary>
    private static bool TryReadLocale(byte[] body, out string? locale)
    {
        locale = null;
        if (body.Length == 0)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(body, JsonInput.DocumentOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("locale", out var value)
                && value.ValueKind == JsonValueKind.String
                && value.GetString() is { Length: > 0 and <= 35 } text)
            {
                locale = text;
            }

            return true;
        }
        catch (JsonException)
        {
            // The start body is optional; a malformed one is ignored rather than refused.
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
