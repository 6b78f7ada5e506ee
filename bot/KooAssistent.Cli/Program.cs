using System.CommandLine;

namespace KooAssistent.Cli;

/// <summary>koo: KooAssistent on the command line (chat, knowledge checks, eval, staff accounts, the WhatsApp simulator, privacy requests, insights).</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("koo: KooAssistent on the command line. staff, privacy and insights work on the bot's data: " + BotDatabase.Rule);
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(KnowledgeCommands.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(SafetyWhyCommand.Create());
        root.Subcommands.Add(StaffCommands.Create());
        root.Subcommands.Add(WhatsAppCommand.Create());
        root.Subcommands.Add(PrivacyCommands.Create());
        root.Subcommands.Add(InsightsCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
