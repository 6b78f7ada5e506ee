using KooAssistent.Conversation.Knowledge;
using KooAssistent.Testing;

namespace KooAssistent.Cli.Tests;

/// <summary>
/// <c>koo eval</c> as typed, with the model's settings where an operator puts them: environment variables, or an
/// appsettings-style file given with <c>--config</c>. The environment is the process's own, so these run alone
/// (<see cref="ProcessEnvironmentGroup"/>): a bot host started by another test meanwhile would read their <c>Llm__*</c> too.
/// </summary>
[Collection(ProcessEnvironmentGroup.Name)]
public sealed class EvalCommandLineModelTests
{
    private static readonly string Knowledge = KnowledgeFolder.Locate(null, AppContext.BaseDirectory).Root;

    private static readonly string[] ModelVariables = ["Llm__Enabled", "Llm__Endpoint", "Llm__Model", "Llm__GroundedAnswers"];

    [Fact]
    public async Task Without_llm_no_request_reaches_the_model_even_with_it_configured_and_enabled()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        using var folder = new TemporaryDirectory();
        var input = EvalWithLanguageModelTests.Write(folder, """{"id": "tax", "turns": ["wie helpt mij met mijn belastingaangifte"], "route": "answer"}""");

        var (without, with) = await WithModelVariablesAsync(server, async () => (
            await Program.Main(["eval", input.FullName, "--out", Path.Combine(folder.Path, "without.jsonl"), "--knowledge", Knowledge]),
            await Program.Main(["eval", input.FullName, "--out", Path.Combine(folder.Path, "with.jsonl"), "--knowledge", Knowledge, "--llm"])));

        Assert.Equal((0, 0), (without, with));
        // Only the run with --llm asked the model (once: the second opinion; phrasing is off in these variables).
        Assert.Equal("env-model", Assert.Single(server.Requests).Model);
    }

    [Fact]
    public async Task With_llm_the_settings_are_read_from_the_config_file()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Reply("""{"danger": "crisis", "kind": "suicide"}""");
        using var folder = new TemporaryDirectory();
        var input = EvalWithLanguageModelTests.Write(folder, """{"id": "tax", "turns": ["wie helpt mij met mijn belastingaangifte"], "route": "answer"}""");
        var config = Path.Combine(folder.Path, "appsettings.json");
        await File.WriteAllTextAsync(config, $$$"""{"Llm": {"Enabled": false, "Endpoint": "{{{server.Endpoint}}}", "Model": "file-model", "GroundedAnswers": false, "WorkerDraft": false}}""");
        var results = Path.Combine(folder.Path, "results.jsonl");

        var exitCode = await Program.Main(["eval", input.FullName, "--out", results, "--knowledge", Knowledge, "--llm", "--config", config]);

        Assert.Equal(0, exitCode);
        Assert.Equal("file-model", Assert.Single(server.Requests).Model);
        Assert.Contains("\"route\":\"crisis\"", await File.ReadAllTextAsync(results), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_config_file_without_llm_is_refused_rather_than_silently_ignored()
    {
        using var folder = new TemporaryDirectory();
        var input = EvalWithLanguageModelTests.Write(folder, """{"id": "tax", "turns": ["hallo"]}""");
        var config = Path.Combine(folder.Path, "appsettings.json");
        await File.WriteAllTextAsync(config, "{}");

        Assert.Equal(2, await Program.Main(["eval", input.FullName, "--knowledge", Knowledge, "--config", config]));
    }

    private static async Task<T> WithModelVariablesAsync<T>(FakeChatCompletions server, Func<Task<T>> run)
    {
        var values = new[] { "true", server.Endpoint.ToString(), "env-model", "false" };
        try
        {
            for (var i = 0; i < ModelVariables.Length; i++)
            {
                Environment.SetEnvironmentVariable(ModelVariables[i], values[i]);
            }

            return await run();
        }
        finally
        {
            foreach (var variable in ModelVariables)
            {
                Environment.SetEnvironmentVariable(variable, null);
            }
        }
    }
}
