using System.Text.Json;
using KooAssistent.Bot.Hosting;
using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage;
using KooAssistent.Storage.WhatsApp;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// <c>GET /api/whatsapp</c> answers Meta's verification; <c>POST /api/whatsapp</c> takes deliveries: signature
/// first (on the raw bytes), then every message is stored with its pending turn (deduplicated by WhatsApp message
/// id) before the 200, and answered in the background; status callbacks only update delivery state.
/// </summary>
public static partial class WhatsAppWebhookEndpoints
{
    /// <summary>Meta sends at most 3 MB per delivery.</summary>
    public const int MaxBodyBytes = 3 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/whatsapp", Verify);
        app.MapPost("/api/whatsapp", ReceiveAsync).WithBodyLimit(MaxBodyBytes);
    }

    private static IResult Verify(HttpContext http, IOptions<WhatsAppOptions> options)
    {
        var query = http.Request.Query;
        var token = query["hub.verify_token"].ToString();
        var expected = options.Value.VerifyToken;
        var valid = query["hub.mode"] == "subscribe" && expected.Length > 0
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(expected));
        return valid ? Results.Text(query["hub.challenge"].ToString(), "text/plain") : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        IOptions<WhatsAppOptions> options,
        IConversationStore conversations,
        TurnPipeline pipeline,
        WhatsAppStore whatsapp,
        WhatsAppConversationIds ids,
        TimeProvider clock,
        ILoggerFactory loggers)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            // Fail closed: without an app secret no delivery can be trusted, so none is accepted.
            return ErrorBody.Of(StatusCodes.Status404NotFound, "NotFound", "The WhatsApp channel is not configured.");
        }

        var logger = loggers.CreateLogger("KooAssistent.Bot.Channels.WhatsApp.Webhook");
        if (!WebhookSignature.TryRead(http.Request.Headers[WebhookSignature.HeaderName].ToString(), out var claimed))
        {
            // Refused before a byte of the body is read: a delivery without a signature costs the bot nothing.
            LogRejected(logger);
            return ErrorBody.Of(StatusCodes.Status401Unauthorized, "Unauthorized", "The delivery carries no valid X-Hub-Signature-256.");
        }

        using var delivery = await WebhookBody.ReadAsync(http.Request, claimed, settings.AppSecret, MaxBodyBytes, http.RequestAborted);
        switch (delivery.Verdict)
        {
            case WebhookBodyVerdict.TooLarge:
                return ErrorBody.Of(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"A delivery may be at most {MaxBodyBytes} bytes.");
            case WebhookBodyVerdict.Forged:
                LogRejected(logger);
                return ErrorBody.Of(StatusCodes.Status401Unauthorized, "Unauthorized", "The signature does not match the delivery.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(delivery.Bytes, JsonInput.DocumentOptions);
        }
        catch (JsonException)
        {
            return ErrorBody.Of(StatusCodes.Status400BadRequest, "BadArgument", "The delivery is not JSON.");
        }

        using (document)
        {
            var (messages, statuses, problem) = WhatsAppMessageReader.Read(document.RootElement);
            if (problem is not null)
            {
                LogMalformed(logger);
                return ErrorBody.Of(StatusCodes.Status400BadRequest, "BadArgument", problem);
            }

            // Meta retries a delivery for up to 7 days; anything older is a captured delivery sent again.
            var oldest = clock.GetUtcNow().AddDays(-settings.MaxMessageAgeDays);
            if (messages.Any(message => message.Timestamp < oldest))
            {
                LogOutsideWindow(logger, settings.MaxMessageAgeDays);
                return ErrorBody.Of(StatusCodes.Status400BadRequest, "OutsideTimeWindow", $"A message is older than {settings.MaxMessageAgeDays} days.");
            }

            foreach (var status in statuses)
            {
                await whatsapp.RecordStatusAsync(status, http.RequestAborted);
            }

            foreach (var message in messages)
            {
                var conversationId = ids.For(message.WaId);
                var key = "wa:" + message.MessageId;
                if (await conversations.WasErasedAsync(conversationId, key, http.RequestAborted))
                {
                    // Received before and erased since: acknowledged, and neither the message nor the conversation comes back.
                    LogDuplicate(logger, conversationId);
                    continue;
                }

                await conversations.CreateConversationAsync(new NewConversation(conversationId, WhatsAppConversations.Channel, message.WaId, "nl-NL"), http.RequestAborted);
                var result = await pipeline.AcceptAsync(
                    new InboundActivity(conversationId, DeliveryTrace.Stamp(WhatsAppMessageReader.ToActivity(message, conversationId)), key, TurnTrigger.Message, message.RejectedAttachments),
                    http.RequestAborted);
                if (result.Duplicate)
                {
                    LogDuplicate(logger, conversationId);
                }
            }

            LogReceived(logger, messages.Count, statuses.Count);
        }

        return Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp delivery refused: missing or wrong signature")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp delivery refused: signed, but not in Meta's shape")]
    private static partial void LogMalformed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp delivery refused: a message older than {Days} days")]
    private static partial void LogOutsideWindow(ILogger logger, int days);

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp delivery repeated a message already stored in conversation {ConversationId}")]
    private static partial void LogDuplicate(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp delivery with {Messages} message(s) and {Statuses} status update(s)")]
    private static partial void LogReceived(ILogger logger, int messages, int statuses);
}
