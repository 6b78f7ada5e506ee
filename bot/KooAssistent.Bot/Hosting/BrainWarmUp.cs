using System.Diagnostics;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Triage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Reads one made-up message with every detector and the classifier while the bot starts, so the first resident after
/// a start does not wait seconds for the classifier to load — and, with the language model on, does not lose the
/// model's second opinion to a time limit spent on loading. Until it is done, readiness says so and a load balancer
/// keeps residents on warm instances.
/// </summary>
public sealed class BrainWarmUp(IServiceProvider services, IOptions<HostingOptions> options, ILogger<BrainWarmUp> logger) : BackgroundService, IHealthCheck
{
    /// <summary>Ordinary words from several detectors' lexicons; no resident wrote them, nothing is stored.</summary>
    private const string MadeUpMessage = "ik heb schulden en mijn kind huilt veel, wie kan mij helpen?";

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

        // Off the start-up thread: the host answers liveness at once, readiness when this is done.
        await Task.Run(
            () =>
            {
                var watch = Stopwatch.StartNew();
                _ = services.GetRequiredService<IConversationBrain>();
                _ = new DetectorMessageReader().Read(MadeUpMessage, []);
                HostingLog.BrainWarm(logger, watch.ElapsedMilliseconds);
            },
            stoppingToken).ConfigureAwait(false);
        warmed.TrySetResult();
    }
}
