using KooAssistent.Bot.Hosting;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>The brain is loaded while the bot starts, and readiness waits for it, so no resident pays for the loading.</summary>
public sealed class BrainWarmUpTests
{
    [Fact]
    public async Task With_the_warm_up_on_readiness_turns_healthy_once_the_brain_is_loaded()
    {
        var logs = new CapturedLogs();
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Hosting:WarmUpAtStart"] = "true" }, logs: logs);

        await bot.WaitUntilReadyAsync();

        Assert.True(bot.Services.GetRequiredService<BrainWarmUp>().IsWarm);
        Assert.Contains(logs.Lines, line => line.Contains("Brain loaded and warm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Before_the_brain_is_loaded_the_readiness_check_says_so()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Hosting:WarmUpAtStart"] = "true" });
        var notStarted = ActivatorUtilities.CreateInstance<BrainWarmUp>(bot.Services);

        var health = await notStarted.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
    }
}
