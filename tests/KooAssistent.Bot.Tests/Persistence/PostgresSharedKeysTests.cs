using System.Net;
using System.Net.Http.Json;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KooAssistent.Bot.Tests.Persistence;

/// <summary>
/// Two bot instances on one PostgreSQL database with no signing key or key folder configured, each with a data folder
/// of its own (as two pods): the staff cookie and Direct Line tokens made on one are good on the other, and after
/// either restarts, because the keys behind them live in the database.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresSharedKeysTests : IAsyncDisposable
{
    private readonly PostgresTestSchema schema = new();
    private readonly List<BotFactory> instances = [];

    [Fact]
    public async Task A_worker_signed_in_on_one_instance_is_signed_in_on_the_other_and_after_a_restart()
    {
        var a = Instance();
        await StaffConsole.AddAccountAsync(a, "coco", StaffRole.Coordinator, null);
        var cookie = await SignInAsync(a, "coco");
        var b = Instance();

        Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(b, cookie));

        await RestartAsync(a);
        var restarted = Instance();
        Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(restarted, cookie));
        Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(b, cookie));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM data_protection_keys"));
    }

    [Fact]
    public async Task A_Direct_Line_token_issued_on_one_instance_is_accepted_on_the_other_and_after_a_restart()
    {
        var a = Instance();
        var b = Instance();
        var (token, conversationId, _) = await a.CreateDirectLineClient().GetTokenAsync();
        var (later, laterConversationId, _) = await a.CreateDirectLineClient().GetTokenAsync();

        var session = await StartWithAsync(b, token);
        Assert.Equal(conversationId, session.ConversationId);
        await a.CreateDirectLineClient().GetActivitiesAsync(session);

        await RestartAsync(a);
        var restarted = Instance();
        Assert.Equal(laterConversationId, (await StartWithAsync(restarted, later)).ConversationId);
        await restarted.CreateDirectLineClient().GetActivitiesAsync(session);
        await b.CreateDirectLineClient().GetActivitiesAsync(session);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM generated_keys"));
    }

    [Fact]
    public async Task A_WhatsApp_resident_gets_the_same_conversation_on_every_instance_and_after_a_restart()
    {
        var a = Instance();
        var b = Instance();
        var onA = a.Services.GetRequiredService<WhatsAppConversationIds>().For("31612345678");
        Assert.Empty(Directory.EnumerateFiles(a.Services.GetRequiredService<DataDirectory>().Path, KooAssistent.Storage.WhatsApp.WhatsAppKeyedIds.KeyFileName));

        Assert.Equal(onA, b.Services.GetRequiredService<WhatsAppConversationIds>().For("31612345678"));
        Assert.NotEqual(onA, b.Services.GetRequiredService<WhatsAppConversationIds>().For("31687654321"));
        await RestartAsync(a);
        Assert.Equal(onA, Instance().Services.GetRequiredService<WhatsAppConversationIds>().For("31612345678"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM generated_keys"));
    }

    [Fact]
    public async Task A_configured_signing_key_and_key_folder_win_over_the_database()
    {
        var shared = Instance();
        using var folder = new TemporaryDirectory();
        var configured = Instance(new()
        {
            ["DirectLine:TokenSigningKey"] = BotFactory.TestSigningKey,
            ["DataProtection:KeysPath"] = folder.Path,
        });
        await StaffConsole.AddAccountAsync(shared, "coco", StaffRole.Coordinator, null);
        var (token, _, _) = await shared.CreateDirectLineClient().GetTokenAsync();

        using (var refused = await configured.CreateDirectLineClient().SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"locale":"nl-NL"}"""))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionStatusAsync(configured, await SignInAsync(shared, "coco")));
        Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(configured, await SignInAsync(configured, "coco")));
        Assert.NotEmpty(Directory.EnumerateFiles(folder.Path, "key-*.xml"));
    }

    public async ValueTask DisposeAsync()
    {
        // The bots' data sources hold connections into the schema; they go first.
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await schema.DisposeAsync();
    }

    /// <summary>A started instance; an empty signing key (BotFactory configures one) lets the bot make its own.</summary>
    private BotFactory Instance(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = schema.ConnectionString,
            ["DirectLine:TokenSigningKey"] = string.Empty,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var bot = new BotFactory(all);
        _ = bot.Services;
        instances.Add(bot);
        return bot;
    }

    private async Task RestartAsync(BotFactory bot)
    {
        instances.Remove(bot);
        await bot.DisposeAsync();
    }

    private static async Task<string> SignInAsync(BotFactory bot, string username)
    {
        using var http = bot.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var response = await http.PostAsJsonAsync("/staff/api/session", new { username, password = "een-lang-wachtwoord" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));
    }

    private static async Task<HttpStatusCode> SessionStatusAsync(BotFactory bot, string cookie)
    {
        using var http = bot.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/api/session");
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<DirectLineSession> StartWithAsync(BotFactory bot, string token)
    {
        using var response = await bot.CreateDirectLineClient().SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"locale":"nl-NL"}""");
        Assert.True(response.IsSuccessStatusCode, $"Starting with the other instance's token: {(int)response.StatusCode}");
        var body = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        return new DirectLineSession((string)body["conversationId"]!, (string)body["token"]!, DirectLineTestClient.UserIdOf(token), (string)body["streamUrl"]!);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
