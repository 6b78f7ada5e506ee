using System.CommandLine;
using KooAssistent.Cli;

var root = new RootCommand("koo: KooAssistent on the command line.");
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(KnowledgeCommands.Create());
root.Subcommands.Add(EvalCommand.Create());
return await root.Parse(args).InvokeAsync();
