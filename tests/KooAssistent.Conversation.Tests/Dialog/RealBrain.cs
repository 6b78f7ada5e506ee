using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>The brain the bot runs, on the real knowledge: one conversation of typed messages, each turn's result in order.</summary>
internal static class RealBrain
{
    public static IConversationBrain Brain { get; } = ConversationBrainFactory.Create(KnowledgeBase.Load(TestKnowledge.Real));

    public static async Task<List<TurnResult>> ConverseAsync(params string[] messages)
    {
        string? state = null;
        var turns = new List<TurnResult>();
        foreach (var message in messages)
        {
            var result = await Brain.RespondAsync(new TurnRequest("c1", "test", TurnTrigger.Message, Activity.Message(message), "nl-NL", state), CancellationToken.None);
            turns.Add(result);
            state = result.State;
        }

        return turns;
    }
}
