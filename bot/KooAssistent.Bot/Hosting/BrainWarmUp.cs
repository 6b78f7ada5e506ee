using System.Diagnostics;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Reads one made-up message through the brain's detectors, classifier and search while the bot starts, so the first resident after
/// a start does not wait seconds for the classifier to load — and, with the language model on, does not lose the
/// model's second opinion to a time limit spent on loading. Until it is done, readiness says so and a load balancer
/// keeps residents on warm instances.
/// </summary>
public sealed class BrainWarmUp(IServiceProvider services, IOptions<HostingOptions> options, ILogger<BrainWarmUp> logger) : BackgroundService, IHealthCheck
{
    private readonly TaskCompletionSource warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsWarm => warmed.Task.IsCompleted;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsWarm ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The brain is still loading."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpAtStart)
        {
            warmed.TrySetResult();
            return;
        }

        // Off the start-up thread: the host answers liveness at once, readiness when this is done. Nothing is stored.
        var watch = Stopwatch.StartNew();
        await Task.Run(
            async () =>
            {
                _ = services.GetRequiredService<IConversationBrain>();
                await ConversationBrainFactory.WarmUpAsync(services.GetRequiredService<KnowledgeBase>(), services.GetRequiredService<KnowledgeIndex>(), stoppingToken).ConfigureAwait(false);
            },
            stoppingToken).ConfigureAwait(false);
        // The process's age and the JIT's share of it tell where a slow start went (issue #12: start to ready).
        if (logger.IsEnabled(LogLevel.Information))
        {
            using var process = Process.GetCurrentProcess();
            var sinceStart = (long)(DateTime.Now - process.StartTime).TotalMilliseconds;
            var jit = (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            HostingLog.BrainWarm(logger, watch.ElapsedMilliseconds, sinceStart, jit, methods);
        }
        warmed.TrySetResult();
    }
}
