using System.Text.Json.Nodes;
using Dapper;
using KooAssistent.Bot.Tests.Channels.WhatsApp;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Bot.Tests.Insights;

/// <summary>"Heeft dit geholpen?" after an answer, with 👍 and 👎 on both channels, stored per article.</summary>
public sealed class AnswerFeedbackTests : IDisposable
{
    private const string Question = "mijn peuter krijgt steeds driftbuien in de supermarkt";

    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient resident;

    public AnswerFeedbackTests() => resident = bot.CreateDirectLineClient();

    [Fact]
    public async Task An_answer_in_Web_Chat_asks_whether_it_helped_with_thumbs_up_and_down()
    {
        var session = await resident.StartConversationAsync();

        var answer = await SayAsync(session, Question);

        Assert.EndsWith("Heeft dit geholpen?", ((string?)answer["text"])?.Trim(), StringComparison.Ordinal);
        Assert.Contains("👍 Ja", Buttons(answer));
        Assert.Contains("👎 Nee", Buttons(answer));
        Assert.Equal("Iemand spreken", Buttons(answer)[^1]);
    }

    [Fact]
    public async Task Thumbs_up_thanks_the_resident_and_counts_for_the_article()
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, Question);

        var thanks = await SayAsync(session, "👍 Ja");

        Assert.Contains("Fijn dat dit helpt", (string?)thanks["text"], StringComparison.Ordinal);
        var (article, helped) = await SingleFeedbackAsync(session.ConversationId);
        Assert.False(string.IsNullOrEmpty(article));
        Assert.Equal(1, helped);
    }

    [Fact]
    public async Task Thumbs_down_leads_on_to_the_not_helped_path_and_keeps_the_question_as_a_gap()
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, Question);

        var reply = await SayAsync(session, "👎 Nee");

        Assert.Contains("Sorry, dat helpt je niet", (string?)reply["text"], StringComparison.Ordinal);
        var (_, helped) = await SingleFeedbackAsync(session.ConversationId);
        Assert.Equal(0, helped);
        await using var db = Database();
        var gap = await db.QuerySingleAsync<(string Kind, string Text)>("SELECT kind AS Kind, text AS Text FROM insight_gaps WHERE conversation_id = @id", new { id = session.ConversationId });
        Assert.Equal("not-helped", gap.Kind);
        Assert.Equal(Question, gap.Text);
    }

    [Fact]
    public async Task A_crisis_gets_no_question_whether_it_helped()
    {
        var session = await resident.StartConversationAsync();

        var reply = await SayAsync(session, "ik wil niet meer leven");

        Assert.DoesNotContain("Heeft dit geholpen?", (string?)reply["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("👍 Ja", Buttons(reply));
    }

    [Fact]
    public async Task An_answer_on_WhatsApp_offers_thumbs_up_and_down_and_a_tap_is_stored()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        const string Number = "31610000015";
        using (await whatsapp.PostAsync(WhatsAppFixture.TextDelivery(Number, "wamid.f1", Question)))
        {
        }

        // The Graph API body escapes everything outside ASCII; unescaped, it is what the resident sees.
        var answer = System.Text.RegularExpressions.Regex.Unescape((await whatsapp.MessagesAsync(2)).Last(message => (string?)message["type"] == "interactive").ToJsonString());
        Assert.Contains("👍 Ja", answer, StringComparison.Ordinal);
        Assert.Contains("👎 Nee", answer, StringComparison.Ordinal);

        var tap = """
            { "from": "31610000015", "id": "wamid.f2", "timestamp": "@now", "type": "interactive",
              "interactive": { "type": "list_reply", "list_reply": { "id": "👍 Ja", "title": "👍 Ja" } } }
            """;
        using (await whatsapp.PostAsync(WhatsAppFixture.Delivery(tap)))
        {
        }

        await whatsapp.Bot.WaitForTurnsAsync(WhatsAppFixture.ConversationOf(Number));
        await using var db = new SqliteConnection($"Data Source={Path.Combine(whatsapp.Bot.DataDirectory, "koo.db")}");
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT helped FROM insight_feedback WHERE conversation_id = @id", new { id = WhatsAppFixture.ConversationOf(Number) }));
    }

    public void Dispose() => bot.Dispose();

    private static List<string> Buttons(JsonObject activity) =>
        [.. (activity["suggestedActions"]?["actions"]?.AsArray() ?? []).Select(action => (string?)action?["title"] ?? string.Empty)];

    private SqliteConnection Database() => new($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}");

    private async Task<(string Article, long Helped)> SingleFeedbackAsync(string conversationId)
    {
        await using var db = Database();
        return await db.QuerySingleAsync<(string, long)>("SELECT article_id, helped FROM insight_feedback WHERE conversation_id = @conversationId", new { conversationId });
    }

    private async Task<JsonObject> SayAsync(DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
        var (activities, _) = await resident.GetActivitiesAsync(session);
        return activities[^1];
    }
}
