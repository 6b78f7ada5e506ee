using KooAssistent.Bot.Hosting;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;
using KooAssistent.Storage;
using KooAssistent.Storage.Changes;
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
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();

        builder.Services.AddSingleton(services =>
            KnowledgeFolder.Locate(services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path, AppContext.BaseDirectory));
        builder.Services.AddSingleton(services => KnowledgeBase.Load(services.GetRequiredService<KnowledgeFolder>()));
        builder.Services.AddSingleton(services => services.GetRequiredService<KnowledgeBase>().Replies);
        builder.Services.AddSingleton(services => KnowledgeIndex.Build(services.GetRequiredService<KnowledgeBase>()));
        // The brain's own clock stays the system's: a test's manual clock must not stop the model's time limit.
        builder.Services.AddSingleton(services => ConversationBrainFactory.Create(
            services.GetRequiredService<KnowledgeBase>(),
            services.GetRequiredService<KnowledgeIndex>(),
            services.GetService<KooAssistent.Conversation.Dialog.Assistance.ModelAssistance>() ?? KooAssistent.Conversation.Dialog.Assistance.ModelAssistance.None,
            TimeProvider.System));

        builder.Services.AddSingleton<InProcessConversationNotifier>();
        builder.Services.AddSingleton<IConversationNotifier>(services => services.GetRequiredService<InProcessConversationNotifier>());
        builder.Services.AddSingleton<IChangeSubscriber>(services => services.GetRequiredService<InProcessConversationNotifier>());
        builder.Services.AddSingleton<IChangeSubscriber>(services => services.GetRequiredService<Staff.StaffEvents>());
        builder.Services.AddSingleton<Insights.GapTerms>();
        builder.Services.AddSingleton<Insights.InsightRecorder>();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddOptions<Handoff.HandoffOptions>().BindConfiguration(Handoff.HandoffOptions.SectionName)
            .ValidateSettings(Handoff.HandoffOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<Handoff.HandoffOptions>, Handoff.HandoffOptionsValidator>();
        builder.Services.AddSingleton<Handoff.TeamDirectory>();
        builder.Services.AddSingleton<Handoff.HandoffNotice>();
        builder.Services.AddSingleton<Handoff.ResidentTyping>();
        builder.Services.AddSingleton<Handoff.AbandonedTicketWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Handoff.AbandonedTicketWorker>());
        builder.Services.TryAddSingleton<Staff.StaffEvents>();
        builder.Services.AddSingleton<LocalTurnRunner>();
        builder.Services.AddSingleton<LeasedTurnRunner>();
        builder.Services.AddSingleton<ITurnRunner>(services =>
            services.GetRequiredService<IOptions<PersistenceOptions>>().Value.Provider == PersistenceProvider.Postgres
                ? services.GetRequiredService<LeasedTurnRunner>()
                : services.GetRequiredService<LocalTurnRunner>());
        builder.Services.AddSingleton<TurnScheduler>();
        builder.Services.AddSingleton<TurnPipeline>();
        builder.Services.AddHostedService<KnowledgeLoadingService>();
        builder.Services.AddHostedService<PendingTurnRecoveryWorker>();
        return builder;
    }
}
