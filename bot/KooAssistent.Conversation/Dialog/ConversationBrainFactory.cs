using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The one place the brain is put together, so the bot host, the terminal chat (<c>koo chat</c>) and
/// <c>koo eval</c> always run the same brain: the rule-based detectors, the knowledge index and the triage.
/// </summary>
public static class ConversationBrainFactory
{
    public static IConversationBrain Create(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return Create(knowledge, KnowledgeIndex.Build(knowledge));
    }

    /// <summary>With an index built once and shared, as the bot host shares it with the insight figures.</summary>
    public static IConversationBrain Create(KnowledgeBase knowledge, KnowledgeIndex index) =>
        Create(knowledge, index, ModelAssistance.None, TimeProvider.System);

    /// <summary>A misspelt word, so the word list that tells typos from real Dutch words is loaded too.</summary>
    private const string WarmUpMessage = "ik heb schulden, wie helpt me met mijn belastingaangifde";

    /// <summary>
    /// Reads one made-up message through a brain without a model over the same knowledge and index. The detectors load
    /// their word list, lexicons and classifier on a process's first message, which takes seconds on a small machine:
    /// the bot does this at start so no resident waits, <c>koo eval --llm</c> so the first turn's model time limit is not
    /// spent on loading.
    /// </summary>
    public static async Task WarmUpAsync(KnowledgeBase knowledge, KnowledgeIndex index, CancellationToken cancellationToken)
    {
        var message = new Activity { Type = ActivityTypes.Message, Text = WarmUpMessage };
        await Create(knowledge, index).RespondAsync(new TurnRequest("warm-up", "warm-up", TurnTrigger.Message, message, null, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>With a language model's help, when the host switched one on; <see cref="ModelAssistance.None"/> is the bot without.</summary>
    public static IConversationBrain Create(KnowledgeBase knowledge, KnowledgeIndex index, ModelAssistance assistance, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(assistance);
        ArgumentNullException.ThrowIfNull(clock);
        return new TriageBrain(
            new TriageContent(knowledge, knowledge.Menus),
            new DetectorMessageReader(),
            new IndexArticleSearch(index),
            clock,
            assistance);
    }
}
