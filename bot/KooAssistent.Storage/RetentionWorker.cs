using Microsoft.Extensions.Options;

namespace KooAssistent.Storage;

/// <summary>
/// Deletes conversations that have been quiet longer than <see cref="PersistenceOptions.RetentionDays"/> and audit
/// entries older than <see cref="PersistenceOptions.AuditRetentionDays"/>, and insight rows (turns, feedback, gaps,
/// handoff facts) older than <see cref="Insights.InsightsOptions.RetentionDays"/>, once at start and then every hour, so
/// nothing is kept longer than its purpose needs.
/// </summary>
public sealed partial class RetentionWorker(
    IConversationStore store,
    Tickets.IHandoffStore audit,
    Insights.IInsightStore insights,
    IOptions<PersistenceOptions> options,
    IOptions<Insights.InsightsOptions> insightOptions,
    TimeProvider clock,
    ILogger<RetentionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deleted = await store.DeleteConversationsInactiveSinceAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogPurged(deleted, options.Value.RetentionDays);
        }

        await store.DeleteErasedKeysBeforeAsync(clock.GetUtcNow() - ErasedKeys.KeptFor, cancellationToken);
        var expired = await audit.DeleteAuditBeforeAsync(clock.GetUtcNow().AddDays(-options.Value.AuditRetentionDays), cancellationToken);
        if (expired > 0)
        {
            LogAuditPurged(expired, options.Value.AuditRetentionDays);
        }

        var insightDays = insightOptions.Value.RetentionDays;
        var insightRows = await insights.DeleteBeforeAsync(clock.GetUtcNow().AddDays(-insightDays), cancellationToken);
        if (insightRows > 0)
        {
            LogInsightsPurged(insightRows, insightDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PeriodicRounds.RunAsync(Interval, clock, PurgeOnceAsync, LogPurgeFailed, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} conversation(s) inactive for more than {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} audit entries older than {Days} days")]
    private partial void LogAuditPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} insight row(s) older than {Days} days")]
    private partial void LogInsightsPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed; retrying in an hour")]
    private partial void LogPurgeFailed(Exception exception);
}
