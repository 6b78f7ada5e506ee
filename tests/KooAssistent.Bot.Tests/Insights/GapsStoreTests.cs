using Dapper;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Bot.Tests.Insights;

/// <summary>
/// The gaps store keeps what the bot could not answer well, with personal data replaced before anything is stored,
/// and a resident's erasure takes their gaps, turns and feedback with it.
/// </summary>
public sealed class GapsStoreTests : IDisposable
{
    private static readonly string[] Personal = ["111222333", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "0612345678", "06-12345678", "jan.jansen@example.nl", "jansen"];

    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient resident;

    public GapsStoreTests() => resident = bot.CreateDirectLineClient();

    [Fact]
    public async Task A_seeded_BSN_IBAN_phone_number_and_e_mail_address_never_reach_the_gaps_store()
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, "hoe laat gaat de bus naar het centrum? mijn bsn is 111222333");
        await SayAsync(session, "mag ik parkeren bij het stadskantoor, bel me op 0612345678 of 06-12345678");
        await SayAsync(session, "hallo ik heb een vraag, mail jan.jansen@example.nl");
        await SayAsync(session, "wanneer wordt het grofvuil opgehaald, mijn rekening is NL91ABNA0417164300 en NL91 ABNA 0417 1643 00");

        await using var db = Database();
        var gaps = (await db.QueryAsync<(string Text, string Terms)>("SELECT text, terms FROM insight_gaps WHERE conversation_id = @id", new { id = session.ConversationId })).ToList();
        Assert.NotEmpty(gaps);
        foreach (var (text, terms) in gaps)
        {
            foreach (var value in Personal)
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(value, terms, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains(gaps, gap => gap.Text.Contains("[BSN]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Similar_questions_share_their_analysed_terms()
    {
        var first = await resident.StartConversationAsync();
        var second = await resident.StartConversationAsync();
        await SayAsync(first, "hoe laat gaat de bus");
        await SayAsync(second, "Hoe laat gaat de bus?");

        await using var db = Database();
        var keys = (await db.QueryAsync<string>("SELECT terms FROM insight_gaps")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.Contains("bus", keys[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_at_the_residents_request_removes_the_conversations_gaps_turns_and_feedback()
    {
        var session = await resident.StartConversationAsync();
        var other = await resident.StartConversationAsync();
        await SayAsync(session, "hoe laat gaat de bus");
        await SayAsync(session, "mijn peuter krijgt steeds driftbuien in de supermarkt");
        await SayAsync(session, "👎 Nee");
        await SayAsync(other, "hoe laat gaat de bus");
        Assert.True(await CountAsync("insight_gaps", session.ConversationId) >= 2);
        Assert.Equal(1, await CountAsync("insight_feedback", session.ConversationId));

        await SayAsync(session, "wis mijn gesprek");
        await SayAsync(session, "Ja, wis alles");

        Assert.Equal(0, await CountAsync("insight_gaps", session.ConversationId));
        Assert.Equal(0, await CountAsync("insight_turns", session.ConversationId));
        Assert.Equal(0, await CountAsync("insight_feedback", session.ConversationId));
        Assert.Equal(1, await CountAsync("insight_gaps", other.ConversationId));
    }

    public void Dispose() => bot.Dispose();

    private SqliteConnection Database() => new($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}");

    private async Task<long> CountAsync(string table, string conversationId)
    {
        await using var db = Database();
        return await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE conversation_id = @conversationId", new { conversationId });
    }

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }
}
