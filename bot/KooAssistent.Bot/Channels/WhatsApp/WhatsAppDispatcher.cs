using System.Text.Json.Nodes;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;
using KooAssistent.Storage.WhatsApp;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// The WhatsApp outbox: walks each WhatsApp conversation from its delivery cursor and hands every bot or staff
/// message to Meta in order, moving the cursor only after Meta accepted it (or refused it for good: dead letter).
/// A message still failing after the retries stays pending for the next round, so nothing acknowledged is lost,
/// also when the process dies; resident messages passing the cursor are marked as read. Each round claims the
/// conversations it sends for, so an outbox on another instance of the bot never sends the same message too.
/// </summary>
public sealed partial class WhatsAppDispatcher(
    WhatsAppStore outbox,
    IConversationStore conversations,
    GraphApiClient graph,
    IOptions<WhatsAppOptions> options,
    IOptions<PersistenceOptions> persistence,
    DataDirectory data,
    TimeProvider clock,
    ILogger<WhatsAppDispatcher> logger) : BackgroundService
{
    private readonly string claimer = OutboxClaim.ClaimerFor(data);

    private DateTimeOffset lastPurge = DateTimeOffset.MinValue;

    /// <summary>One round over every conversation with something to send; returns how many messages Meta accepted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var pending = await outbox.ClaimPendingDeliveriesAsync(claimer, OutboxClaim.Duration, cancellationToken);
        Hosting.OutboxTelemetry.Pending(WhatsAppConversations.Channel, pending.Count);
        try
        {
            foreach (var delivery in pending)
            {
                sent += await DeliverAsync(delivery, cancellationToken);
            }
        }
        finally
        {
            // Also when the round failed or the host stops: what is still pending goes out in the next round, from any instance.
            await outbox.ReleaseAsync([.. pending.Select(delivery => delivery.ConversationId)], claimer, CancellationToken.None);
        }

        if (clock.GetUtcNow() - lastPurge > TimeSpan.FromHours(1))
        {
            lastPurge = clock.GetUtcNow();
            await outbox.PurgeStatusesBeforeAsync(lastPurge.AddDays(-persistence.Value.RetentionDays), cancellationToken);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        await PeriodicRounds.RunAsync(options.Value.DispatchInterval, clock, DispatchOnceAsync, LogRoundFailed, stoppingToken);
    }

    private async Task<int> DeliverAsync(WhatsAppDelivery delivery, CancellationToken cancellationToken)
    {
        var sent = 0;
        (string Id, StoredActivity Message)? lastRead = null;
        var activities = await conversations.GetActivitiesAsync(delivery.ConversationId, delivery.DeliveredSequence, 100, cancellationToken);
        foreach (var stored in activities)
        {
            var activity = stored.Activity;
            if (activity.From?.Role == RoleTypes.User)
            {
                lastRead = WhatsAppMessageId(activity) is { } id ? (id, stored) : lastRead;
            }
            else if (activity.Type == ActivityTypes.Message && (activity.Text is { Length: > 0 } || activity.SuggestedActions is not null))
            {
                using var span = Hosting.OutboxTelemetry.StartDelivery(WhatsAppConversations.Channel, delivery.ConversationId, stored.Sequence, Hosting.DeliveryTrace.ParentOf(activity));
                var result = GraphSendResult.Ok;
                foreach (var body in WhatsAppRenderer.Render(activity, "+" + delivery.WaId))
                {
                    result = await graph.SendAsync(body, cancellationToken);
                    if (!result.Accepted)
                    {
                        break;
                    }

                    sent++;
                    Hosting.OutboxTelemetry.Delivered(WhatsAppConversations.Channel, Hosting.OutboxTelemetry.Sent);
                }

                if (!result.Accepted && !result.Permanent)
                {
                    Hosting.OutboxTelemetry.Delivered(WhatsAppConversations.Channel, Hosting.OutboxTelemetry.Retry);
                    LogWillRetry(delivery.ConversationId, stored.Sequence, result.Error ?? "?");
                    return sent;
                }

                if (!result.Accepted)
                {
                    await outbox.DeadLetterAsync(delivery.ConversationId, stored.Sequence, result.Error ?? "refused", cancellationToken);
                    Hosting.OutboxTelemetry.Delivered(WhatsAppConversations.Channel, Hosting.OutboxTelemetry.Refused);
                    Hosting.OutboxTelemetry.DeadLettered(WhatsAppConversations.Channel);
                    LogDeadLetter(delivery.ConversationId, stored.Sequence, result.Error ?? "refused");
                }
            }

            await outbox.MarkDeliveredAsync(delivery.ConversationId, stored.Sequence, cancellationToken);
        }

        if (lastRead is { } read)
        {
            // After the replies, once, best effort: marking the last message read marks the earlier ones too, and a
            // missed read mark is cosmetic, so it is never retried and never holds up a reply. It joins the trace of
            // the webhook delivery that brought the message.
            using var span = Hosting.OutboxTelemetry.StartDelivery(WhatsAppConversations.Channel, delivery.ConversationId, read.Message.Sequence, Hosting.DeliveryTrace.ParentOf(read.Message.Activity));
            await graph.SendAsync(new JsonObject { ["messaging_product"] = "whatsapp", ["status"] = "read", ["message_id"] = read.Id }, retry: false, cancellationToken);
        }

        return sent;
    }

    private static string? WhatsAppMessageId(Activity activity) =>
        activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data && data.TryGetProperty("whatsappMessageId", out var id) ? id.GetString() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp: sending activity {Sequence} of conversation {ConversationId} failed ({Error}); will retry")]
    private partial void LogWillRetry(string conversationId, long sequence, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "WhatsApp: Meta refused activity {Sequence} of conversation {ConversationId} ({Error}); moved to the dead letters")]
    private partial void LogDeadLetter(string conversationId, long sequence, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "WhatsApp: an outbox round failed; retrying on the next tick")]
    private partial void LogRoundFailed(Exception exception);
}
