using System.Globalization;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;
using KooAssistent.Storage.BotConnector;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The Bot Connector outbox: walks each conversation from its delivery cursor and hands every bot or worker message
/// to the channel's service URL in order, moving the cursor only after the channel accepted it (or refused it for
/// good). A message still failing after the retries stays pending for the next round, so nothing stored is lost, also
/// when the process dies between storing a reply and sending it. Each round claims the conversations it sends for, so
/// an outbox on another instance of the bot never sends the same message too.
/// </summary>
public sealed partial class BotConnectorDispatcher(
    BotConnectorStore outbox,
    IConversationStore conversations,
    ConnectorApiClient connector,
    IOptions<BotConnectorOptions> options,
    DataDirectory data,
    TimeProvider clock,
    ILogger<BotConnectorDispatcher> logger) : BackgroundService
{
    private const string Channel = "botconnector";

    private readonly string claimer = OutboxClaim.ClaimerFor(data);

    /// <summary>One round over every conversation with something to send; returns how many messages the channels accepted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var pending = await outbox.ClaimPendingDeliveriesAsync(claimer, OutboxClaim.Duration, cancellationToken);
        Hosting.OutboxTelemetry.Pending(Channel, pending.Count);
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
            await outbox.ReleaseAsync([.. pending.Select(delivery => delivery.Reference.ConversationId)], claimer, CancellationToken.None);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.HasAppId)
        {
            LogAuthenticated(options.Value.ChannelMetadataUrl, options.Value.CredentialKind);
        }
        else
        {
            LogLoopbackOnly();
        }

        await PeriodicRounds.RunAsync(options.Value.DispatchInterval, clock, DispatchOnceAsync, LogRoundFailed, stoppingToken);
    }

    private async Task<int> DeliverAsync(ConnectorDelivery delivery, CancellationToken cancellationToken)
    {
        var sent = 0;
        var reference = delivery.Reference;
        var activities = await conversations.GetActivitiesAsync(reference.ConversationId, delivery.DeliveredSequence, 100, cancellationToken);
        foreach (var stored in activities)
        {
            if (ConnectorReplyMapper.IsDeliverable(stored.Activity))
            {
                var replyToId = await ChannelReplyToIdAsync(reference.ConversationId, stored.Activity.ReplyToId, cancellationToken);
                var result = await connector.SendAsync(reference, ConnectorReplyMapper.Map(stored.Activity, reference, replyToId), replyToId, cancellationToken);
                Hosting.OutboxTelemetry.Delivered(Channel, result.Accepted ? Hosting.OutboxTelemetry.Sent : result.Permanent ? Hosting.OutboxTelemetry.Refused : Hosting.OutboxTelemetry.Retry);
                if (!result.Accepted && !result.Permanent)
                {
                    LogWillRetry(reference.ConversationId, stored.Sequence, result.Error ?? "?");
                    return sent;
                }

                if (result.Accepted)
                {
                    sent++;
                }
                else
                {
                    LogRefusedForGood(reference.ConversationId, stored.Sequence, result.Error ?? "refused");
                }
            }

            await outbox.MarkDeliveredAsync(reference.ConversationId, stored.Sequence, cancellationToken);
        }

        return sent;
    }

    /// <summary>The channel's id of the resident message a reply answers (stored ids are <c>{conversation}|{sequence}</c>); null when it answers none.</summary>
    private async Task<string?> ChannelReplyToIdAsync(string conversationId, string? replyToId, CancellationToken cancellationToken)
    {
        var separator = replyToId?.LastIndexOf('|') ?? -1;
        if (separator < 0 || !long.TryParse(replyToId.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return null;
        }

        var inbound = await conversations.GetActivityAsync(conversationId, sequence, cancellationToken);
        return inbound is null ? null : ConnectorActivityMapper.ChannelActivityId(inbound.Activity);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector: /api/messages takes tokens from {MetadataUrl} for the configured app id; replies carry an app token earned with a {Credential}")]
    private partial void LogAuthenticated(Uri metadataUrl, string credential);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector: no BotConnector:MicrosoftAppId configured, so /api/messages accepts callers on loopback only (the Emulator without credentials) and replies to loopback only")]
    private partial void LogLoopbackOnly();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector: sending activity {Sequence} of conversation {ConversationId} failed ({Error}); will retry")]
    private partial void LogWillRetry(string conversationId, long sequence, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: the channel refused activity {Sequence} of conversation {ConversationId} for good ({Error}); skipped")]
    private partial void LogRefusedForGood(string conversationId, long sequence, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: an outbox round failed; retrying on the next tick")]
    private partial void LogRoundFailed(Exception exception);
}
