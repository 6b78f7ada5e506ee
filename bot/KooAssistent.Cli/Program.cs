using System.CommandLine;

namespace KooAssistent.Cli;

/// <summary>koo: KooAssistent on the command line (chat, knowledge checks, eval, staff accounts).</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("koo: KooAssistent on the command line.");
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(KnowledgeCommands.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(StaffCommands.Create());
        root.Subcommands.Add(WhatsAppCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
