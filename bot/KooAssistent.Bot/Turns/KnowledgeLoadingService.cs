using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Loads the knowledge base while the host starts, so a broken content file stops the bot with a clear message
/// at start instead of at a resident's first question.
/// </summary>
public sealed class KnowledgeLoadingService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<KnowledgeBase>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
