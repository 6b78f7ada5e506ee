using KooAssistent.Bot.Staff;
using KooAssistent.Conversation.Replies;
using KooAssistent.Storage;
using KooAssistent.Storage.BotConnector;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Tells a Buurtteam's Teams channel that a ticket waits for the team, through the Bot Connector
/// (<c>POST {serviceUrl}/v3/conversations/{channel}/activities</c>, a new post in the channel) with the bot's app token,
/// from an outbox in the database (<see cref="TeamsNotificationStore"/>): once per ticket, after a restart too, and
/// retried with backoff on 429 and 5xx like a reply. A ticket a worker took before the post went out is not announced.
/// Woken by the change that reloads the consoles' queues, and every <see cref="BotConnectorOptions.DispatchInterval"/>.
/// </summary>
public sealed partial class TeamsNotificationWorker(
    TeamsNotificationStore notices,
    ConnectorApiClient connector,
    TeamsNotificationSignal signal,
    TeamsNotificationTargets targets,
    ReplyCatalogue replies,
    IOptions<BotConnectorOptions> options,
    IOptions<StaffOptions> staff,
    DataDirectory data,
    TimeProvider clock,
    ILogger<TeamsNotificationWorker> logger) : BackgroundService
{
    private readonly string claimer = OutboxClaim.ClaimerFor(data);

    private IReadOnlyDictionary<string, TeamsChannelTarget>? channels;

    /// <summary>The configured channels by the team name tickets carry; the settings do not change while the bot runs.</summary>
    private IReadOnlyDictionary<string, TeamsChannelTarget> Channels => channels ??= targets.Resolve(options.Value);

    /// <summary>One round: every waiting ticket of a team with a channel that was not announced yet; returns how many posts the channels accepted.</summary>
    public async Task<int> NotifyOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await notices.ClaimAsync([.. Channels.Keys], claimer, OutboxClaim.Duration, cancellationToken);
        var sent = 0;
        try
        {
            foreach (var notice in claimed)
            {
                sent += await NotifyAsync(notice, Channels[notice.Team], cancellationToken) ? 1 : 0;
            }
        }
        finally
        {
            // Also when the round failed or the host stops: what is still to be sent goes out in the next round.
            await notices.ReleaseAsync([.. claimed.Select(notice => notice.TicketId)], claimer, CancellationToken.None);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Channels.Count == 0)
        {
            return;
        }

        var teams = string.Join(", ", Channels.Keys.Order(StringComparer.Ordinal));
        LogConfigured(teams);
        await PeriodicRounds.RunAsync(WaitForNextRoundAsync, NotifyOnceAsync, LogRoundFailed, stoppingToken);
    }

    /// <summary>Until a change to the queues, or the dispatch interval at the latest; throws only when the host stops.</summary>
    private async ValueTask<bool> WaitForNextRoundAsync(CancellationToken stoppingToken)
    {
        await signal.WaitAsync(options.Value.DispatchInterval, clock, stoppingToken);
        return true;
    }

    private async Task<bool> NotifyAsync(TeamsNotice notice, TeamsChannelTarget channel, CancellationToken cancellationToken)
    {
        if (!notice.StillWaiting)
        {
            await notices.FinishAsync(notice.TicketId, TeamsNoticeOutcome.Skipped, cancellationToken);
            return false;
        }

        var post = TeamsNotificationMapper.Map(notice, channel.ConversationId, replies, new Uri(staff.Value.PublicBaseUrl!));
        var result = await connector.SendAsync(channel.ServiceUrl, channel.ConversationId, post, replyToId: null, cancellationToken);
        if (result.Accepted)
        {
            await notices.FinishAsync(notice.TicketId, TeamsNoticeOutcome.Sent, cancellationToken);
            LogSent(notice.TicketId, notice.Team);
            return true;
        }

        if (result.Permanent)
        {
            await notices.FinishAsync(notice.TicketId, TeamsNoticeOutcome.Refused, cancellationToken);
            LogRefusedForGood(notice.TicketId, notice.Team, result.Error ?? "refused");
        }
        else
        {
            LogWillRetry(notice.TicketId, notice.Team, result.Error ?? "?");
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams notifications: new tickets are announced in the Teams channel of {Teams}")]
    private partial void LogConfigured(string teams);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams notifications: ticket {TicketId} announced in the Teams channel of {Team}")]
    private partial void LogSent(string ticketId, string team);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams notifications: announcing ticket {TicketId} to {Team} failed ({Error}); will retry")]
    private partial void LogWillRetry(string ticketId, string team, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams notifications: the Teams channel of {Team} refused the post for ticket {TicketId} for good ({Error}); is the bot still in the team, and its conversation id right?")]
    private partial void LogRefusedForGood(string ticketId, string team, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams notifications: a round failed; retrying on the next tick")]
    private partial void LogRoundFailed(Exception exception);
}
