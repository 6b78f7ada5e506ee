using System.Net;
using KooAssistent.Bot.Channels.DirectLine;
using KooAssistent.Bot.Hosting;
using KooAssistent.Bot.Turns;
using KooAssistent.Storage;
using KooAssistent.Storage.BotConnector;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// <c>POST /api/messages</c>, where Azure Bot Service's channels (its Direct Line and Web Chat, Teams, the Emulator)
/// deliver activities: the token is checked first (<see cref="ChannelTokenValidator"/>), then the reply route and the
/// resident's message with its pending turn are stored (deduplicated by the channel's activity id) before the 200,
/// and the answer follows through the outbox (<see cref="BotConnectorDispatcher"/>): the channel waits at most 15 s.
/// </summary>
public static partial class BotConnectorEndpoints
{
    /// <summary>An activity with a full Adaptive Card stays far below this; Teams' own limit is about 100 KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/api/messages", ReceiveAsync).WithBodyLimit(MaxBodyBytes);

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        IOptions<BotConnectorOptions> options,
        IOptions<DirectLineOptions> directLine,
        IHostEnvironment environment,
        ChannelTokenValidator tokens,
        IConversationStore conversations,
        BotConnectorStore routes,
        TurnPipeline pipeline,
        TurnScheduler scheduler,
        ILoggerFactory loggers)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger("KooAssistent.Bot.Channels.BotConnector.Messages");
        var authorization = http.Request.Headers.Authorization.ToString();
        if (settings.HasAppId ? !authorization.StartsWith("Bearer ", StringComparison.Ordinal) : !IsLoopbackCaller(http))
        {
            // Refused before a byte of the body is read.
            LogRefused(logger, settings.HasAppId ? "no bearer token" : "no app id configured and the caller is not on loopback");
            return Unauthorized();
        }

        var body = await RequestBodyReader.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return ErrorBody.Of(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"An activity may be at most {MaxBodyBytes} bytes.");
        }

        if (!ActivityEndpoints.TryParse(body, out var posted))
        {
            // Without a readable activity there is no channel or service URL to check the token against.
            return settings.HasAppId ? Unauthorized() : ErrorBody.Of(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
        }

        if (settings.HasAppId)
        {
            var verdict = await tokens.ValidateAsync(authorization, posted.ChannelId, posted.ServiceUrl, http.RequestAborted);
            if (!verdict.Valid)
            {
                LogRefused(logger, verdict.Reason);
                return Unauthorized();
            }
        }

        // Without credentials nothing is sent anywhere but loopback (the Emulator's own address).
        var allowLoopback = settings.AllowLoopbackServiceUrl || environment.IsDevelopment() || !settings.HasAppId;
        if (posted.ServiceUrl is not { } serviceUrl || !ServiceUrlPolicy.IsAcceptable(serviceUrl, allowLoopback)
            || !settings.HasAppId && !ServiceUrlPolicy.IsLoopback(new Uri(serviceUrl)))
        {
            LogRefused(logger, "serviceUrl is not https (or loopback where allowed)");
            return ErrorBody.Of(StatusCodes.Status400BadRequest, "BadArgument", "The serviceUrl is not one replies may be sent to.");
        }

        var outcome = ConnectorActivityMapper.Map(posted, directLine.Value.MaxTextLength);
        if (outcome.Problem is { } problem)
        {
            return ErrorBody.Of(StatusCodes.Status400BadRequest, "BadArgument", problem);
        }

        if (outcome.Invoke)
        {
            // The HTTP answer to an invoke is its InvokeResponse: the status, and the body if there is one
            // (botbuilder-dotnet HttpHelper.WriteResponseAsync). An invoke the bot has no handler for gets 501 without
            // a body, as the SDK's ActivityHandler answers one; nothing is stored and no turn starts.
            LogInvoke(logger, posted.ChannelId ?? string.Empty);
            if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                // No problem details either: the body of an InvokeResponse belongs to the invoke's protocol.
                pages.Enabled = false;
            }

            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (outcome.TeamsChannel is { } sighting)
        {
            TeamsChannelLog.Seen(logger, sighting);
            return Results.Ok();
        }

        if (outcome.Reference is not { } reference)
        {
            return Results.Ok();
        }

        var conversationId = reference.ConversationId;
        if (outcome.Inbound is { IdempotencyKey: { } key } && await conversations.WasErasedAsync(conversationId, key, http.RequestAborted))
        {
            // Received before and erased since: acknowledged, and neither the message nor the conversation comes back.
            LogDuplicate(logger, conversationId);
            return Results.Ok();
        }

        var created = await conversations.CreateConversationAsync(
            new NewConversation(conversationId, BotConnectorConversations.Channel, reference.UserId, posted.Locale is { Length: <= 35 } locale ? locale : "nl-NL"),
            http.RequestAborted);
        await routes.SaveReferenceAsync(reference, http.RequestAborted);
        if (outcome.Inbound is { } inbound)
        {
            try
            {
                var result = await pipeline.AcceptAsync(inbound, http.RequestAborted);
                if (result.Duplicate)
                {
                    LogDuplicate(logger, conversationId);
                }
            }
            catch (ConversationNotFoundException)
            {
                // Deleted between the two statements above by the retention worker; the channel will retry.
                return ErrorBody.Of(StatusCodes.Status503ServiceUnavailable, "Retry", "The conversation was just closed; try again.");
            }
        }
        else if (created)
        {
            scheduler.Schedule(conversationId);
        }

        LogReceived(logger, conversationId, reference.ChannelId, posted.Type);
        return Results.Ok();
    }

    /// <summary>
    /// The Emulator's local mode. A request that came through a proxy on this machine is not loopback, whatever its
    /// socket says: with forwarding headers not configured, the header itself still gives it away.
    /// </summary>
    private static bool IsLoopbackCaller(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("Forwarded");

    private static IResult Unauthorized() => ErrorBody.Of(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not from the Bot Connector service.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector activity refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector activity repeated one already stored in conversation {ConversationId}")]
    private static partial void LogDuplicate(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector invoke from {ChannelId} answered 501: the bot handles no invokes")]
    private static partial void LogInvoke(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector {Type} from {ChannelId} in conversation {ConversationId}")]
    private static partial void LogReceived(ILogger logger, string conversationId, string channelId, string type);
}
