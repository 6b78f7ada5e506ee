using KooAssistent.Conversation.Dialog;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Turns;

public sealed class FailingBrainTests
{
    [Fact]
    public async Task A_brain_that_keeps_failing_leads_to_an_apology_with_Koo_not_to_silence()
    {
        var brain = new FlakyBrain(failuresBeforeSuccess: int.MaxValue);

        await ConversationFlow.Start(configureServices: services => services.AddSingleton<IConversationBrain>(brain))
            .AssertReply(reply =>
            {
                Assert.Contains("er ging bij mij iets mis", reply.Text, StringComparison.Ordinal);
                Assert.Contains("073 206 88 88", reply.Text, StringComparison.Ordinal);
            })
            .AssertNoReply()
            .StartAsync();

        Assert.Equal(3, brain.Calls);
    }

    [Fact]
    public async Task A_brain_that_fails_once_is_retried_and_its_answer_is_sent_once()
    {
        var brain = new FlakyBrain(failuresBeforeSuccess: 1);

        await ConversationFlow.Start(configureServices: services => services.AddSingleton<IConversationBrain>(brain))
            .AssertReply("welkom na een storing")
            .AssertNoReply()
            .StartAsync();

        Assert.Equal(2, brain.Calls);
    }

    [Fact]
    public Task The_brain_state_from_one_turn_is_given_back_on_the_next() =>
        ConversationFlow.Start(configureServices: services => services.AddSingleton<IConversationBrain>(new CountingBrain()))
            .AssertReply("turn 1, previous state: none")
            .Send("a")
            .AssertReply("turn 2, previous state: 1")
            .Send("b")
            .AssertReply("turn 3, previous state: 2")
            .StartAsync();

    private sealed class FlakyBrain(int failuresBeforeSuccess) : IConversationBrain
    {
        private int calls;

        public int Calls => calls;

        public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref calls) <= failuresBeforeSuccess
                ? throw new InvalidOperationException("simulated failure")
                : ValueTask.FromResult(new TurnResult([Conversation.Activities.Activity.Message("welkom na een storing")], null));
    }

    private sealed class CountingBrain : IConversationBrain
    {
        public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
        {
            var previous = request.State is null ? 0 : int.Parse(request.State, System.Globalization.CultureInfo.InvariantCulture);
            var text = $"turn {previous + 1}, previous state: {(request.State ?? "none")}";
            return ValueTask.FromResult(new TurnResult([Conversation.Activities.Activity.Message(text)], (previous + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
