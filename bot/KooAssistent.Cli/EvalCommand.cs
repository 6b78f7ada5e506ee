using System.CommandLine;
using KooAssistent.Cli.Eval;
using KooAssistent.Cli.Eval.Llm;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using Microsoft.Extensions.Configuration;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo eval &lt;input.jsonl&gt; [--out &lt;results.jsonl&gt;] [--llm [--config &lt;appsettings.json&gt;]]</c>: runs every
/// line as a fresh conversation through the same brain the live bot uses and writes its decision on the last turn; with
/// labels, prints accuracy per route and theme, a confusion table and the failures. With <c>--llm</c> the brain has the
/// language model the <c>Llm:*</c> settings name, and the report ends with what the model did.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "JSON Lines: {\"id\",\"turns\":[...],\"route\"?,\"theme\"?} per line." };
        var output = new Option<FileInfo?>("--out") { Description = "Write one result line per input line here (default: standard output when there are no labels)." };
        var failures = new Option<int>("--failures") { Description = "How many failures to list.", DefaultValueFactory = _ => 40 };
        var knowledge = KnowledgeOption.Create();
        var llm = new Option<bool>("--llm")
        {
            Description = "With the language model on, against the endpoint the Llm:* settings name (Llm__Endpoint, Llm__Model, Llm__ApiKey, Llm__TimeoutSeconds, … as for the bot); the report adds the model's calls, guard refusals and latency.",
        };
        var config = new Option<FileInfo?>("--config") { Description = "With --llm: an appsettings-style JSON file whose Llm section is read; environment variables win over it, as for the bot." };
        var command = new Command("eval", "Measure the bot's decisions on a labelled set of resident messages.") { input, output, failures, knowledge, llm, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var llmSettings = await ReadLlmSettingsAsync(parse.GetValue(llm), parse.GetValue(config), Console.Out);
            return llmSettings.Failed
                ? 2
                : await RunAsync(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(failures), parse.GetValue(knowledge), llmSettings.Settings, Console.Out, cancellationToken);
        });
        return command;
    }

    /// <param name="llmSettings">Where the <c>Llm:*</c> settings come from with <c>--llm</c>; null without, and no model is built.</param>
    internal static async Task<int> RunAsync(
        FileInfo input, FileInfo? output, int maxFailures, DirectoryInfo? knowledgeFolder, IConfiguration? llmSettings, TextWriter console, CancellationToken cancellationToken)
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

        IReadOnlyList<string> llmProblems = [];
        var llmOptions = llmSettings is null ? null : LlmSettings.Bind(llmSettings, out llmProblems);
        if (llmSettings is not null && llmOptions is null)
        {
            await console.WriteLineAsync($"koo eval --llm: the language model's settings cannot be used:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", llmProblems)}");
            await console.WriteLineAsync("--llm switches the model on; set Llm__Endpoint, Llm__Model and Llm__ApiKey as for the bot, or name an appsettings file with --config.");
            return 2;
        }

        using var model = llmOptions is null ? null : new EvalLanguageModel(llmOptions, TimeProvider.System);
        var brain = model is null ? ConversationBrainFactory.Create(knowledge) : await model.CreateBrainAsync(knowledge, TimeProvider.System, cancellationToken);
        var runner = new EvalRunner(brain);
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

        if (model is not null && (output is not null || score.Routed > 0 || score.Themed > 0))
        {
            // Not after result lines on standard output, which stay JSON Lines only.
            await console.WriteAsync(model.Report());
        }

        return 0;
    }

    private static async Task<(bool Failed, IConfiguration? Settings)> ReadLlmSettingsAsync(bool llm, FileInfo? config, TextWriter console)
    {
        if (!llm)
        {
            if (config is not null)
            {
                await console.WriteLineAsync("koo eval: --config is only read with --llm.");
            }

            return (config is not null, null);
        }

        if (config is { Exists: false })
        {
            await console.WriteLineAsync($"koo eval --llm: '{config.FullName}' does not exist.");
            return (true, null);
        }

        try
        {
            return (false, LlmSettings.Read(config));
        }
        catch (InvalidDataException exception)
        {
            await console.WriteLineAsync($"koo eval --llm: {exception.Message}");
            return (true, null);
        }
    }
}
