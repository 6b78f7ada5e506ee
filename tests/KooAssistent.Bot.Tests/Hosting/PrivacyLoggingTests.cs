using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>What residents type, and the tokens that open their conversations, never reach the logs (ASVS 16.2.5).</summary>
public sealed class PrivacyLoggingTests
{
    [Fact]
    public async Task A_whole_conversation_leaves_no_message_text_token_or_number_in_any_log_line()
    {
        var logs = new CapturedLogs();
        using var bot = new BotFactory(logs: logs);
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var tooLong = await client.PostActivityAsync(session, $$"""{"type":"message","text":"{{new string('x', 5000)}}"}""");
        await client.SendTextAsync(session, "Mijn BSN is 123456782 en mijn IBAN NL91ABNA0417164300, bel 0612345678");
        using var wrongConversation = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/someone-else/activities", session.Token, null);
        await bot.WaitForTurnsAsync(session.ConversationId);

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, line => line.Contains(session.ConversationId, StringComparison.Ordinal));
        foreach (var secret in new[] { "123456782", "NL91ABNA0417164300", "0612345678", "Mijn BSN", session.Token, session.Token.Split('.')[2], BotFactory.TestSigningKey, "xxxxxxxxxx" })
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
