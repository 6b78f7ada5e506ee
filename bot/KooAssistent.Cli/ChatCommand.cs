using System.CommandLine;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli;

/// <summary><c>koo chat [--knowledge &lt;folder&gt;]</c>: talk to the same brain the bot runs, in the terminal.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var knowledge = KnowledgeOption.Create();
        var command = new Command("chat", "Chat with the bot in the terminal, as a resident would.") { knowledge };
        command.SetAction(async (parse, cancellationToken) =>
        {
            KnowledgeBase loaded;
            try
            {
                loaded = KnowledgeBase.Load(KnowledgeOption.Locate(parse.GetValue(knowledge)));
            }
            catch (KnowledgeException exception)
            {
                await Console.Error.WriteLineAsync($"koo chat: {exception.Message}");
                return 2;
            }

            var chat = new TerminalChat(ConversationBrainFactory.Create(loaded), Console.In, Console.Out);
            await chat.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
