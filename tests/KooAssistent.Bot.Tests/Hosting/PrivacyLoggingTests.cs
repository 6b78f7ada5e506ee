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

    [Theory]
    [InlineData("ik wil niet meer leven", "crisis:", "SUICIDE")]
    [InlineData("ik ben lesbisch en voel me zo alleen, ik ken niemand zoals ik", "eenzaamheid-lhbtiq", "lhbtiq")]
    [InlineData("mijn zoon van 7 plast nog elke nacht in bed", "opvoeden-zindelijk-bedplassen", "bedplassen")]
    public async Task What_the_brain_found_is_not_logged_next_to_the_conversation_only_the_route_and_a_count(string message, string reason, string category)
    {
        var logs = new CapturedLogs();
        using var bot = new BotFactory(logs: logs);
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        await client.SendTextAsync(session, message);
        await bot.WaitForTurnsAsync(session.ConversationId);

        // The decision is logged just after the turn is stored, so it may come a moment after the turn is done.
        bool Decided(string line) => line.Contains(session.ConversationId, StringComparison.Ordinal) && line.Contains("route ", StringComparison.Ordinal);
        await Polling.WaitUntilAsync(() => logs.Lines.Any(Decided), TimeSpan.FromSeconds(10));
        Assert.Contains(logs.Lines, Decided);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(reason, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(category, StringComparison.OrdinalIgnoreCase));
    }
}
