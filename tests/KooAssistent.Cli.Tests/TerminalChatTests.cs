using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli.Tests;

public sealed class TerminalChatTests
{
    [Fact]
    public async Task The_terminal_chat_runs_the_real_brain_with_welcome_and_an_answer_from_the_knowledge()
    {
        var brain = ConversationBrainFactory.Create(KnowledgeBase.Load(KnowledgeFolder.Locate(null, AppContext.BaseDirectory)));
        using var input = new StringReader("Hoe vraag ik kwijtschelding aan?\n\n");
        using var output = new StringWriter();

        await new TerminalChat(brain, input, output).RunAsync(CancellationToken.None);

        var transcript = output.ToString();
        Assert.Contains("Koo: Hallo! Ik ben KooAssistent", transcript, StringComparison.Ordinal);
        Assert.Contains("Kwijtschelding van gemeentelijke belastingen", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_are_numbered_and_typing_a_number_sends_the_button_title()
    {
        var brain = new ButtonBrain();
        using var input = new StringReader("2\n");
        using var output = new StringWriter();

        await new TerminalChat(brain, input, output).RunAsync(CancellationToken.None);

        Assert.Contains("  [1] Geld", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  [2] Opvoeden", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Opvoeden"], brain.Received);
    }

    [Fact]
    public async Task A_number_without_a_matching_button_is_sent_as_text()
    {
        var brain = new ButtonBrain();
        using var input = new StringReader("7\n");
        using var output = new StringWriter();

        await new TerminalChat(brain, input, output).RunAsync(CancellationToken.None);

        Assert.Equal(["7"], brain.Received);
    }

    [Fact]
    public async Task The_brain_state_is_carried_from_turn_to_turn()
    {
        var brain = new ButtonBrain();
        using var input = new StringReader("a\nb\n");
        using var output = new StringWriter();

        await new TerminalChat(brain, input, output).RunAsync(CancellationToken.None);

        Assert.Equal([null, "1", "2"], brain.StatesSeen);
    }

    private sealed class ButtonBrain : IConversationBrain
    {
        public List<string?> Received { get; } = [];

        public List<string?> StatesSeen { get; } = [];

        public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
        {
            StatesSeen.Add(request.State);
            if (request.Inbound is not null)
            {
                Received.Add(request.Inbound.Text);
            }

            var reply = Activity.Message("Waar gaat je vraag over?") with
            {
                SuggestedActions = new SuggestedActions([CardAction.ImBack("Geld"), CardAction.ImBack("Opvoeden")]),
            };
            return ValueTask.FromResult(new TurnResult([reply], StatesSeen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
