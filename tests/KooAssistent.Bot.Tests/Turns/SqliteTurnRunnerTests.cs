using Dapper;
using KooAssistent.Bot.Turns;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Turns;

/// <summary>On SQLite the bot is one process: its lanes alone order the turns, and no turn costs a lease's writes.</summary>
public sealed class SqliteTurnRunnerTests : IAsyncDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task On_SQLite_turns_are_answered_without_ever_taking_a_lease()
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        var sent = await resident.SendTextAsync(session, "bericht 1");
        await bot.WaitForTurnsAsync(session.ConversationId);

        Assert.IsType<LocalTurnRunner>(bot.Services.GetRequiredService<ITurnRunner>());
        Assert.Contains((await resident.GetActivitiesAsync(session)).Activities, activity => (string?)activity["replyToId"] == sent);
        await using var connection = await bot.Services.GetRequiredService<IStoreDatabase>().OpenAsync(CancellationToken.None);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM turn_leases"));
    }

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();
}
