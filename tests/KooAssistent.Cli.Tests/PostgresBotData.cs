using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Postgres;
using KooAssistent.Testing;

namespace KooAssistent.Cli.Tests;

/// <summary>
/// The bot's data in a PostgreSQL schema of its own (<see cref="PostgresTestSchema"/>), seeded through the bot's own
/// stores, for running <c>koo</c> against it as an operator in the bot's pod would.
/// </summary>
public sealed class PostgresBotData : IAsyncDisposable
{
    private readonly PostgresTestDatabase database = new();

    /// <summary>What the operator's environment names: <c>Persistence__Provider=Postgres</c> and this schema's connection string.</summary>
    internal BotDatabase Koo => BotDatabase.Postgres(database.ConnectionString);

    public string ConnectionString => database.ConnectionString;

    public PostgresDatabase Database => database.Database;

    public Task MigrateAsync() => database.MigrateAsync();

    /// <summary>A web chat conversation in which the resident wrote <paramref name="text"/>.</summary>
    public async Task ConversationAsync(string id, string text)
    {
        await MigrateAsync();
        var store = new PostgresConversationStore(Database, TimeProvider.System);
        await store.CreateConversationAsync(new NewConversation(id, "directline", "u-1", "nl-NL"), CancellationToken.None);
        var message = new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("u-1", Role: RoleTypes.User) };
        await store.AppendInboundAsync(new InboundActivity(id, message, "k-" + id, TurnTrigger.Message), CancellationToken.None);
    }

    /// <summary>Six web chat conversations on <paramref name="day"/> answered with one article, four of them with a 👍.</summary>
    public async Task InsightsAsync(DateTimeOffset day)
    {
        await MigrateAsync();
        var store = new PostgresInsightStore(Database);
        for (var index = 0; index < 6; index++)
        {
            var id = $"web-{index}";
            await store.RecordAsync(
                new InsightRecord(new InsightTurn(id, "directline", day, "Answer", "geld", "geld-kwijtschelding"), new InsightFeedback(id, "geld-kwijtschelding", index < 4, day)),
                CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
