using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.LanguageModel;

/// <summary>With the model on, the logs say what it did in codes: never the message, its answer, the key or the kind of danger.</summary>
public sealed class LanguageModelPrivacyTests
{
    [Fact]
    public async Task A_turn_with_every_model_feature_leaves_no_text_number_key_or_kind_of_danger_in_any_log_line()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Reply("""{"danger": "crisis", "kind": "suicide"}""");
        var logs = new CapturedLogs();
        using var bot = new BotFactory(
            new Dictionary<string, string?>
            {
                ["Llm:Enabled"] = "true",
                ["Llm:Endpoint"] = server.Endpoint.ToString(),
                ["Llm:Model"] = "fake-model",
                ["Llm:ApiKey"] = "sk-secret-key-value-0123456789",
                ["Llm:TimeoutSeconds"] = "20",
                // As in production: the classifier loads before the first resident, not inside this test's 10-second wait.
                ["Hosting:WarmUpAtStart"] = "true",
            },
            logs: logs);
        await bot.WaitUntilReadyAsync();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        await client.SendTextAsync(session, "bel me op 0612345678, wie helpt mij met mijn belastingaangifte");
        await bot.WaitForTurnsAsync(session.ConversationId);

        await Polling.WaitUntilAsync(() => logs.Lines.Any(line => line.Contains("second opinion on danger: crisis", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.Contains(logs.Lines, line => line.Contains("second opinion on danger: crisis", StringComparison.Ordinal));
        Assert.Single(server.Requests);
        foreach (var secret in new[] { "0612345678", "belastingaangifte", "sk-secret-key-value", "suicide", "SUICIDE", "\"danger\"" })
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
