using Dapper;
using KooAssistent.Storage.Insights;
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

    /// <summary>
    /// Each value sits in a message that is certainly kept as a gap, so every assertion runs over a stored row: a
    /// question out of scope, a vague one asked back, and a question answered and then given a 👎.
    /// </summary>
    [Theory]
    [InlineData("[BSN]", GapKinds.OutOfScope, "hoe laat gaat de bus naar het centrum? mijn bsn is 111222333")]
    [InlineData("[TELEFOON]", GapKinds.OutOfScope, "hoe laat gaat de bus naar het centrum? mijn nummer is 0612345678 of 06-12345678")]
    [InlineData("[IBAN]", GapKinds.AskedBack, "hallo, NL91ABNA0417164300 NL91 ABNA 0417 1643 00, ik heb een vraag")]
    [InlineData("[E-MAIL]", GapKinds.NotHelped, "mijn peuter krijgt steeds driftbuien in de supermarkt, mail me op jan.jansen@example.nl", "👎 Nee")]
    public async Task A_seeded_BSN_IBAN_phone_number_and_e_mail_address_never_reach_the_gaps_store(string marker, string kind, params string[] messages)
    {
        var session = await resident.StartConversationAsync();
        foreach (var message in messages)
        {
            await SayAsync(session, message);
        }

        await using var db = Database();
        var gap = Assert.Single(await db.QueryAsync<(string Kind, string Text, string Terms)>(
            "SELECT kind, text, terms FROM insight_gaps WHERE conversation_id = @id", new { id = session.ConversationId }));
        Assert.Equal(kind, gap.Kind);
        Assert.Contains(marker, gap.Text, StringComparison.Ordinal);
        foreach (var value in Personal)
        {
            Assert.DoesNotContain(value, gap.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value, gap.Terms, StringComparison.OrdinalIgnoreCase);
        }
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
