using System.CommandLine;
using KooAssistent.Cli.Eval;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo eval &lt;input.jsonl&gt; [--out &lt;results.jsonl&gt;]</c>: runs every line as a fresh conversation through the
/// same brain the live bot uses and writes its decision on the last turn; with labels, prints accuracy per route and
/// theme, a confusion table and the failures.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "JSON Lines: {\"id\",\"turns\":[...],\"route\"?,\"theme\"?} per line." };
        var output = new Option<FileInfo?>("--out") { Description = "Write one result line per input line here (default: standard output when there are no labels)." };
        var failures = new Option<int>("--failures") { Description = "How many failures to list.", DefaultValueFactory = _ => 40 };
        var knowledge = KnowledgeOption.Create();
        var command = new Command("eval", "Measure the bot's decisions on a labelled set of resident messages.") { input, output, failures, knowledge };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(failures), parse.GetValue(knowledge), Console.Out, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo input, FileInfo? output, int maxFailures, DirectoryInfo? knowledgeFolder, TextWriter console, CancellationToken cancellationToken)
    {
        if (!input.Exists)
        {
            await console.WriteLineAsync($"koo eval: '{input.FullName}' does not exist.");
            return 2;
        }

        IReadOnlyList<EvalCase> cases;
        using (var reader = input.OpenText())
        {
            cases = EvalFile.Read(reader, out var problems);
            if (problems.Count > 0)
            {
                await console.WriteLineAsync($"koo eval: {input.Name} has {problems.Count} bad line(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
                return 2;
            }
        }

        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBase.Load(KnowledgeOption.Locate(knowledgeFolder));
        }
        catch (KnowledgeException exception)
        {
            await console.WriteLineAsync($"koo eval: {exception.Message}");
            return 2;
        }

        var runner = new EvalRunner(ConversationBrainFactory.Create(knowledge));
        var score = new EvalScore();
        var outcomes = new List<EvalOutcome>(cases.Count);
        foreach (var evalCase in cases)
        {
            var outcome = await runner.RunAsync(evalCase, cancellationToken);
            outcomes.Add(outcome);
            score.Add(evalCase, outcome);
        }

        if (output is not null)
        {
            await using var writer = output.CreateText();
            EvalFile.Write(writer, outcomes);
        }
        else if (score.Routed == 0 && score.Themed == 0)
        {
            EvalFile.Write(console, outcomes);
        }

        if (score.Routed > 0 || score.Themed > 0)
        {
            await console.WriteLineAsync($"{cases.Count} conversations from {input.Name}");
            await console.WriteAsync(score.Format(maxFailures));
        }

        return 0;
    }
}
