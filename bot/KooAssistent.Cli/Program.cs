using System.CommandLine;
using KooAssistent.Cli;

var root = new RootCommand("koo: KooAssistent on the command line.");
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(KnowledgeCommands.Create());
return await root.Parse(args).InvokeAsync();
