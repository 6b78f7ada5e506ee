using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Turns;

public static class TurnPipelineExtensions
{
    /// <summary>The brain, its content, and the machinery that feeds it turns; no HTTP involved.</summary>
    public static IHostApplicationBuilder AddTurnPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName);

        builder.Services.AddSingleton(services =>
            KnowledgeFolder.Locate(services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path, AppContext.BaseDirectory));
        builder.Services.AddSingleton(services => OrganisationDirectory.Load(services.GetRequiredService<KnowledgeFolder>()));
        builder.Services.AddSingleton(services =>
            ReplyCatalogue.Load(services.GetRequiredService<KnowledgeFolder>(), services.GetRequiredService<OrganisationDirectory>()));
        builder.Services.AddSingleton<IConversationBrain, HonestFallbackBrain>();

        builder.Services.AddSingleton<IConversationNotifier, InProcessConversationNotifier>();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddSingleton<TurnScheduler>();
        builder.Services.AddSingleton<TurnPipeline>();
        builder.Services.AddHostedService<KnowledgeLoadingService>();
        builder.Services.AddHostedService<PendingTurnRecoveryWorker>();
        return builder;
    }
}
