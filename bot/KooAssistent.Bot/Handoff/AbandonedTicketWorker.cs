using KooAssistent.Storage;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Tickets;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// Hourly, marks waiting tickets Abandoned when the resident has been silent for <c>Handoff:AbandonAfterHours</c>
/// and nobody picked them up, so the queue shows who is still waiting.
/// </summary>
public sealed partial class AbandonedTicketWorker(
    IHandoffStore handoffs,
    IOptions<HandoffOptions> options,
    IChangeFeed changes,
    TimeProvider clock,
    ILogger<AbandonedTicketWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var teams = await handoffs.AbandonStaleAsync(clock.GetUtcNow().AddHours(-options.Value.AbandonAfterHours), cancellationToken);
        foreach (var team in teams.Distinct(StringComparer.Ordinal))
        {
            changes.Publish(Change.Tickets(team));
        }

        if (teams.Count > 0)
        {
            LogAbandoned(teams.Count, options.Value.AbandonAfterHours);
        }

        return teams.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PeriodicRounds.RunAsync(Interval, clock, SweepOnceAsync, LogSweepFailed, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff: {Count} waiting ticket(s) abandoned after {Hours} hours without activity")]
    private partial void LogAbandoned(int count, int hours);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handoff: marking abandoned tickets failed; retrying in an hour")]
    private partial void LogSweepFailed(Exception exception);
}
