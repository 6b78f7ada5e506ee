using System.Globalization;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Cli;

/// <summary>
/// A conversation with the bot's brain in a terminal: what a resident would see, without a browser or a server.
/// Buttons are listed with numbers; typing the number presses the button. Nothing is stored.
/// </summary>
internal sealed class TerminalChat(IConversationBrain brain, TextReader input, TextWriter output)
{
    public const string Channel = "terminal";
    private readonly string conversationId = "terminal-" + Guid.NewGuid().ToString("N")[..8];
    private IReadOnlyList<CardAction> buttons = [];
    private string? state;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("KooAssistent in the terminal. Type a message and press Enter; an empty line or Ctrl+D ends the chat.");
        await output.WriteLineAsync();
        await TakeTurnAsync(TurnTrigger.ConversationStarted, inbound: null, cancellationToken);

        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            var message = Activity.Message(ChosenButtonTitle(line.Trim()) ?? line.Trim()) with { TextFormat = null };
            await TakeTurnAsync(TurnTrigger.Message, message, cancellationToken);
        }
    }

    private async Task TakeTurnAsync(TurnTrigger trigger, Activity? inbound, CancellationToken cancellationToken)
    {
        var result = await brain.RespondAsync(new TurnRequest(conversationId, Channel, trigger, inbound, "nl-NL", state), cancellationToken);
        state = result.State;
        buttons = [];
        foreach (var reply in result.Replies.Where(reply => reply.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"Koo: {reply.Text}");
            buttons = reply.SuggestedActions?.Actions ?? buttons;
        }

        for (var index = 0; index < buttons.Count; index++)
        {
            await output.WriteLineAsync($"  [{index + 1}] {buttons[index].Title}");
        }

        await output.WriteLineAsync();
    }

    private string? ChosenButtonTitle(string line) =>
        int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= buttons.Count
            ? buttons[number - 1].Title
            : null;
}
