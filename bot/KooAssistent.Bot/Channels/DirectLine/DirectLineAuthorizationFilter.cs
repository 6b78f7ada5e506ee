namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Every REST endpoint needs a valid conversation token, and a token opens exactly one conversation: a token for
/// conversation A used on conversation B is refused (403) and logged. Fails closed on anything unexpected.
/// </summary>
public sealed class DirectLineAuthorizationFilter(DirectLineTokenService tokens, ILogger<DirectLineAuthorizationFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            DirectLineLog.Refused(logger, "no bearer token");
            return DirectLineErrors.Unauthorized("Send the conversation token as 'Authorization: Bearer <token>'.");
        }

        var check = await tokens.CheckAsync(header["Bearer ".Length..].Trim(), TokenKind.Conversation);
        switch (check.Verdict)
        {
            case TokenVerdict.Expired:
                DirectLineLog.Refused(logger, "expired token");
                return DirectLineErrors.TokenExpired();
            case TokenVerdict.Invalid:
                DirectLineLog.Refused(logger, "invalid token");
                return DirectLineErrors.Forbidden("The token is not valid.");
        }

        var caller = check.Caller!;
        if (http.Request.RouteValues.TryGetValue("conversationId", out var requested)
            && !string.Equals(requested as string, caller.ConversationId, StringComparison.Ordinal))
        {
            DirectLineLog.ConversationMismatch(logger, caller.ConversationId, requested as string ?? string.Empty);
            return DirectLineErrors.Forbidden("The token is not valid for this conversation.");
        }

        http.SetDirectLineCaller(caller);
        return await next(context);
    }
}
