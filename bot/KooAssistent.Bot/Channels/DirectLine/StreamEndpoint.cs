using KooAssistent.Storage;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/stream?watermark=&amp;t=</c>: the WebSocket behind <c>streamUrl</c>. The ticket in
/// <c>t</c> is short-lived, only opens this stream and only once, because a URL can end up in logs.
/// </summary>
public static class StreamEndpoint
{
    public static async Task<IResult> ConnectAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        string? t,
        DirectLineTokenService tokens,
        OriginPolicy origins,
        IConversationStore store,
        StreamTicketStore usedTickets,
        StreamRegistry registry,
        DirectLineStreamSession stream,
        ILogger<DirectLineStreamSession> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This address only accepts a WebSocket connection.");
        }

        if (!origins.IsAllowed(http.Request))
        {
            DirectLineLog.OriginRefused(logger, http.Request.Headers.Origin.ToString());
            return DirectLineErrors.Forbidden("This site may not open the conversation stream.");
        }

        var check = await tokens.CheckAsync(t, TokenKind.Stream);
        if (check.Verdict != TokenVerdict.Valid)
        {
            DirectLineLog.Refused(logger, check.Verdict == TokenVerdict.Expired ? "expired stream ticket" : "invalid stream ticket");
            return check.Verdict == TokenVerdict.Expired
                ? DirectLineErrors.TokenExpired()
                : DirectLineErrors.Forbidden("The stream ticket is not valid.");
        }

        if (!string.Equals(check.Caller!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            DirectLineLog.ConversationMismatch(logger, check.Caller.ConversationId, conversationId);
            return DirectLineErrors.Forbidden("The stream ticket is not valid for this conversation.");
        }

        if (!Watermark.TryParse(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (await store.GetConversationAsync(conversationId, http.RequestAborted) is null)
        {
            return DirectLineErrors.NotFound("The conversation does not exist or has ended.");
        }

        // Counted before the ticket is used up: a refused client asks for a new streamUrl anyway, as after any failure.
        using var slot = registry.TryAdmit(http.Connection.RemoteIpAddress, out var crowded);
        if (slot is null)
        {
            DirectLineLog.Refused(logger, "too many open streams");
            return crowded!;
        }

        // Used up only now, when it really opens the stream. A second use of the same URL (a copy from a log, a
        // proxy or a shoulder) would take the resident's stream over, since the newest stream wins.
        if (!await usedTickets.UseAsync(check.TokenId!, check.ExpiresAt, http.RequestAborted))
        {
            DirectLineLog.Refused(logger, "stream ticket used before");
            return DirectLineErrors.Forbidden("The stream ticket has been used; ask for a new streamUrl.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, after, http.RequestAborted);
        return Results.Empty;
    }
}
