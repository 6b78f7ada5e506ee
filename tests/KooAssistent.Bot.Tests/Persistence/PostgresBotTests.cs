using Dapper;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KooAssistent.Bot.Tests.Persistence;

/// <summary>
/// The real bot with <c>Persistence:Provider=Postgres</c>, in a schema of its own: a resident answered over Direct
/// Line, handed to a Buurtteam, and erased at their request, every row of it in PostgreSQL and none in a SQLite file.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresBotTests : IAsyncDisposable
{
    private readonly PostgresTestSchema schema;
    private readonly CapturedLogs logs = new();
    private readonly BotFactory bot;

    public PostgresBotTests()
    {
        schema = new PostgresTestSchema();
        bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = schema.ConnectionString,
        }, logs: logs);
    }

        [Fact]
    public async Task A_resident_is_answered_handed_off_and_erased_with_everything_kept_in_PostgreSQL()
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        await SayAsync(resident, session, "hoe vraag ik kwijtschelding aan");
        var (answered, _) = await resident.GetActivitiesAsync(session);
        Assert.Contains("wijtschelding", (string?)answered[^1]["text"], StringComparison.Ordinal);

        foreach (var text in new[] { "ik heb 3000 euro schulden bij de Belastingdienst. kan ik iemand spreken?", "Ja, graag", "5211 AB", "Hier in de chat", "Anna", "Nee, kan later" })
        {
            await SayAsync(resident, session, text);
        }

        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var coordinator = await StaffConsole.SignInAsync(bot, "coco");
        Assert.Single(await coordinator.TicketsAsync("Queued"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM tickets WHERE conversation_id = @id", session.ConversationId));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM insight_handoffs WHERE conversation_id = @id", session.ConversationId));

        await SayAsync(resident, session, "wis mijn gesprek");
        await SayAsync(resident, session, "Ja, wis alles");

        var (left, _) = await resident.GetActivitiesAsync(session);
        Assert.Contains("Je gesprek is gewist", (string?)Assert.Single(left)["text"], StringComparison.Ordinal);
        Assert.Empty(await coordinator.TicketsAsync());
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM activities WHERE body LIKE '%3000 euro%' OR body LIKE '%5211%' OR body LIKE '%kwijtschelding%'", session.ConversationId));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM tickets WHERE conversation_id = @id", session.ConversationId));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM insight_gaps WHERE conversation_id = @id", session.ConversationId));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM insight_handoffs WHERE conversation_id = @id", session.ConversationId));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'conversation-erased' AND actor = 'resident' AND conversation_id = @id", session.ConversationId));

        // Nothing went to a local file: no store was left on SQLite.
        Assert.Empty(Directory.EnumerateFiles(bot.DataDirectory, "koo.db*"));
        Assert.IsType<Storage.Postgres.PostgresDatabase>(bot.Services.GetRequiredService<IStoreDatabase>());
        Assert.Contains(logs.Lines, line => line.Contains("a conversation's turns run on one instance at a time", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        // The bot's data source holds connections into the schema; it goes first.
        await bot.DisposeAsync();
        logs.Dispose();
        await schema.DisposeAsync();
    }

    private async Task SayAsync(DirectLineTestClient resident, DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }

    private async Task<long> CountAsync(string sql, string conversationId)
    {
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, new { id = conversationId });
    }
}
