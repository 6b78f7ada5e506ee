using System.CommandLine;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli;

/// <summary><c>koo chat [--knowledge &lt;folder&gt;]</c>: talk to the same brain the bot runs, in the terminal.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var knowledge = new Option<DirectoryInfo?>("--knowledge")
        {
            Description = "The knowledge folder; by default the copy beside koo or the nearest knowledge/ above the current folder.",
        };
        var command = new Command("chat", "Chat with the bot in the terminal, as a resident would.") { knowledge };
        command.SetAction(async (parse, cancellationToken) =>
        {
            KnowledgeBase loaded;
            try
            {
                loaded = KnowledgeBase.Load(Locate(parse.GetValue(knowledge)));
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

    private static KnowledgeFolder Locate(DirectoryInfo? configured)
    {
        if (configured is not null)
        {
            return new KnowledgeFolder(configured.FullName);
        }

        try
        {
            return KnowledgeFolder.Locate(null, Environment.CurrentDirectory);
        }
        catch (KnowledgeException)
        {
            return KnowledgeFolder.Locate(null, AppContext.BaseDirectory);
        }
    }
}
