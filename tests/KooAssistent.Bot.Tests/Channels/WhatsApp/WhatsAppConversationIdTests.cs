using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.WhatsApp;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// A WhatsApp conversation id is keyed: an HMAC with a secret of the business number and the resident's number, so
/// ids in logs and the audit log cannot be turned back into phone numbers by hashing every Dutch mobile number.
/// </summary>
public sealed class WhatsAppConversationIdTests
{
    private const string Resident = "31613131313";

    [Fact]
    public async Task The_id_is_an_HMAC_with_the_configured_key_and_no_plain_hash_of_the_numbers()
    {
        await using var graph = await FakeGraphApi.StartAsync();
        var ids = new List<string>();
        foreach (var key in new[] { "first-conversation-id-key-0123456789abcdef", "other-conversation-id-key-0123456789abcdef" })
        {
            var settings = WhatsAppFixture.Settings(graph.Address, "00:00:00.050");
            settings["WhatsApp:ConversationIdKey"] = key;
            using var bot = new BotFactory(settings);
            using (await bot.CreateClient().SendAsync(WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.id", "hallo"))))
            {
            }

            var id = Assert.Single(await ConversationsOfAsync(bot));
            Assert.Equal(Keyed(key), id);
            ids.Add(id);
        }

        Assert.NotEqual(ids[0], ids[1]);
        Assert.DoesNotContain(Unkeyed(), ids);
    }

    [Fact]
    public async Task Without_a_configured_key_one_is_generated_once_into_the_data_folder_for_the_owner_only()
    {
        using var data = new TemporaryDirectory();
        await using var graph = await FakeGraphApi.StartAsync();
        var settings = WhatsAppFixture.Settings(graph.Address, "00:00:00.050");
        settings.Remove("WhatsApp:ConversationIdKey");
        foreach (var message in new[] { "wamid.before", "wamid.after" })
        {
            using var bot = new BotFactory(settings, dataDirectory: data);
            using (await bot.CreateClient().SendAsync(WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, message, "hallo"))))
            {
            }
        }

        var keyFile = Path.Combine(data.Path, KooAssistent.Storage.WhatsApp.WhatsAppKeyedIds.KeyFileName);
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        using var restarted = new BotFactory(settings, dataDirectory: data);
        Assert.Single(await ConversationsOfAsync(restarted));
    }

    [Fact]
    public async Task A_conversation_under_the_old_unkeyed_id_is_renamed_at_start_and_goes_on_with_its_transcript()
    {
        using var data = new TemporaryDirectory();
        await using var graph = await FakeGraphApi.StartAsync();
        var settings = WhatsAppFixture.Settings(graph.Address, "00:00:00.050");
        await CreateOldConversationAsync(data.Path);

        using var bot = new BotFactory(settings, dataDirectory: data);
        var store = bot.Services.GetRequiredService<IConversationStore>();
        var renamed = WhatsAppFixture.ConversationOf(Resident);
        using (await bot.CreateClient().SendAsync(WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.old", "mijn oude vraag"))))
        {
        }

        using (await bot.CreateClient().SendAsync(WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.new", "en nog een vraag"))))
        {
        }

        await bot.WaitForTurnsAsync(renamed);
        var transcript = await store.GetActivitiesAsync(renamed, 0, 100, CancellationToken.None);

        Assert.Null(await store.GetConversationAsync(Unkeyed(), CancellationToken.None));
        Assert.Single(await ConversationsOfAsync(bot));
        Assert.Single(transcript, stored => stored.Activity.Text == "mijn oude vraag");
        Assert.Contains(transcript, stored => stored.Activity.Text == "en nog een vraag");
        Assert.All(transcript, stored => Assert.StartsWith(renamed + "|", stored.Activity.Id, StringComparison.Ordinal));
        Assert.All(transcript, stored => Assert.Equal(renamed, stored.Activity.Conversation?.Id));
    }

    /// <summary>A conversation stored by an earlier version: its id a plain SHA-256 of the two numbers, one message in it.</summary>
    private static async Task CreateOldConversationAsync(string dataDirectory)
    {
        using var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(dataDirectory, "koo.db")}");
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var store = new SqliteConversationStore(connections, TimeProvider.System);
        var id = Unkeyed();
        await store.CreateConversationAsync(new NewConversation(id, WhatsAppConversations.Channel, Resident, "nl-NL"), CancellationToken.None);
        var message = new Activity { Type = ActivityTypes.Message, Text = "mijn oude vraag", ChannelId = "whatsapp", From = new ChannelAccount(Resident, Role: RoleTypes.User), Conversation = new ConversationAccount(id) };
        await store.AppendInboundAsync(new InboundActivity(id, message, "wa:wamid.old", TurnTrigger.Message), CancellationToken.None);
    }

    private static async Task<IReadOnlyList<string>> ConversationsOfAsync(BotFactory bot)
    {
        var privacy = bot.Services.GetRequiredService<PrivacyStore>();
        return await privacy.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.WhatsAppNumber, Resident), CancellationToken.None);
    }

    private static string Keyed(string key) =>
        "wa" + Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{WhatsAppFixture.PhoneNumberId}:{Resident}")).AsSpan(0, 15));

    /// <summary>The id earlier versions used: reversible by hashing every mobile number.</summary>
    private static string Unkeyed() =>
        "wa" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{WhatsAppFixture.PhoneNumberId}:{Resident}")), 0, 15).Replace('+', '-').Replace('/', '_');
}
