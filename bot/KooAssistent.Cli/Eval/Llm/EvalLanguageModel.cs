using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;
using KooAssistent.LanguageModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>
/// <c>koo eval --llm</c>: the brain with the bot's own model client, built by the bot's own factory from valid
/// <see cref="LlmOptions"/>, each call measured and each turn's reasons counted for the report.
/// </summary>
internal sealed class EvalLanguageModel : IDisposable
{
    // No HTTP timeout of its own, as in the host: the brain's time limit per turn decides.
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly LlmOptions options;
    private readonly ModelCallLog calls;
    private readonly ModelEffects effects = new();
    private readonly ModelAssistance assistance;

    public EvalLanguageModel(LlmOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        calls = new ModelCallLog(clock);
        // The client logs codes for the bot's log; an eval's figures are its report, so those lines are not written.
        var model = ModelAssistanceFactory.Create(options, http, NullLoggerFactory.Instance);
        assistance = model with
        {
            SecondOpinion = model.SecondOpinion is { } secondOpinion ? new MeasuredSecondOpinion(secondOpinion, calls) : null,
            Phrasing = model.Phrasing is { } phrasing ? new MeasuredPhrasing(phrasing, calls) : null,
            WorkerDraft = model.WorkerDraft is { } draft ? new MeasuredWorkerDraft(draft, calls) : null,
        };
    }

    /// <summary>
    /// Warmed up first (<see cref="ConversationBrainFactory.WarmUpAsync"/>), or the loading would be spent from the first
    /// measured turn's time limit and counted as the model's timeout.
    /// </summary>
    public async Task<IConversationBrain> CreateBrainAsync(KnowledgeBase knowledge, TimeProvider clock, CancellationToken cancellationToken)
    {
        var index = KnowledgeIndex.Build(knowledge);
        await ConversationBrainFactory.WarmUpAsync(knowledge, index, cancellationToken).ConfigureAwait(false);
        return new ObservedBrain(ConversationBrainFactory.Create(knowledge, index, assistance, clock), effects.Observe);
    }

    public string Report() => ModelReport.Format(options, assistance, calls.Calls, effects);

    public void Dispose() => http.Dispose();
}
