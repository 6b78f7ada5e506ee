using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Storage;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.WhatsApp;
using KooAssistent.Testing;

namespace KooAssistent.Cli.Tests;

/// <summary><c>koo privacy export|erase</c> on the database of a bot that really held the conversations.</summary>
public sealed class PrivacyCommandsTests : IDisposable
{
    private const string WaId = "31612345678";
    private readonly TemporaryDirectory data = new();

    private FileInfo DatabaseFile => new(Path.Combine(data.Path, "koo.db"));

    private BotDatabase Database => BotDatabase.Sqlite(DatabaseFile);

    [Fact]
    public async Task An_export_holds_the_residents_words_the_ticket_and_its_history()
    {
        var (conversation, ticket) = await HandedOffConversationAsync("ik heb 2500 euro schulden en mijn uitkering stopt. kan ik iemand spreken?");
        var output = new StringWriter();

        var exit = await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.Conversation, conversation), null, Database, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        var export = JsonNode.Parse(output.ToString())!;
        var only = Assert.Single(export["conversations"]!.AsArray())!;
        Assert.Equal(conversation, (string?)only["id"]);
        Assert.Contains(only["activities"]!.AsArray(), row => (string?)row!["body"]!["text"] == "ik heb 2500 euro schulden en mijn uitkering stopt. kan ik iemand spreken?");
        Assert.Equal(ticket, (string?)Assert.Single(only["tickets"]!.AsArray())!["id"]);
        Assert.NotEmpty(only["ticket_events"]!.AsArray());
        Assert.NotNull(export["exportedAt"]);
    }

    [Fact]
    public async Task An_export_to_a_file_is_readable_by_its_owner_only()
    {
        var (conversation, _) = await HandedOffConversationAsync("kan ik iemand spreken");
        var file = new FileInfo(Path.Combine(data.Path, "export.json"));

        var exit = await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.Conversation, conversation), file, Database, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file.FullName));
        }

        Assert.Contains(conversation, await File.ReadAllTextAsync(file.FullName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_by_ticket_removes_that_conversation_only_and_audits_who_did_it()
    {
        var (erased, ticket) = await HandedOffConversationAsync("kan ik iemand spreken");
        var (kept, _) = await HandedOffConversationAsync("kan ik iemand spreken over mijn zoon");
        var output = new StringWriter();

        var exit = await PrivacyCommands.EraseAsync(new PrivacySubject(PrivacySubjectKind.Ticket, ticket), "j.jansen", Database, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Erased 1 conversation", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.Conversation, erased), null, Database, TextWriter.Null, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.Conversation, kept), null, Database, TextWriter.Null, TextWriter.Null, CancellationToken.None));
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        var audit = await new SqliteHandoffStore(connections, TimeProvider.System).GetAuditAsync(100, CancellationToken.None);
        Assert.Contains(audit, entry => entry.Action == "conversation-erased" && entry.Actor == "operator:j.jansen" && entry.ConversationId == erased);
    }

    [Fact]
    public async Task A_ticket_is_found_by_the_short_number_the_console_shows_however_it_is_written()
    {
        var (conversation, ticket) = await HandedOffConversationAsync("kan ik iemand spreken");
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        var number = (await new SqliteHandoffStore(connections, TimeProvider.System).GetTicketAsync(ticket, CancellationToken.None))!.Number;
        var shown = KooAssistent.Storage.Tickets.TicketNumber.Format(number);

        var exits = new List<int>();
        foreach (var written in new[] { shown, shown.ToLowerInvariant(), number, ticket })
        {
            var output = new StringWriter();
            exits.Add(await PrivacyCommands.ExportAsync(PrivacyCommands.Subject(null, null, written), null, Database, output, TextWriter.Null, CancellationToken.None));
            Assert.Equal(conversation, (string?)JsonNode.Parse(output.ToString())!["conversations"]![0]!["id"]);
        }

        var erased = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject(null, null, shown), "j.jansen", Database, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal([0, 0, 0, 0], exits);
        Assert.Equal(0, erased);
        Assert.Equal(1, await PrivacyCommands.ExportAsync(PrivacyCommands.Subject(conversation, null, null), null, Database, TextWriter.Null, TextWriter.Null, CancellationToken.None));
    }

    [Theory]
    [InlineData("+31 6 1234 5678")]
    [InlineData("0031612345678")]
    [InlineData("06-12345678")]
    [InlineData(WaId)]
    public async Task A_WhatsApp_number_finds_the_conversation_however_it_is_written(string number)
    {
        await WhatsAppConversationAsync();
        var output = new StringWriter();

        var exit = await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.WhatsAppNumber, number), null, Database, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(WaId, (string?)JsonNode.Parse(output.ToString())!["conversations"]![0]!["user_id"]);
    }

    [Fact]
    public async Task Unclear_requests_are_refused_with_a_message_and_change_nothing()
    {
        await WhatsAppConversationAsync();
        var errors = new StringWriter();

        var none = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject(null, null, null), "j.jansen", Database, TextWriter.Null, errors, CancellationToken.None);
        var two = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject("c1", WaId, null), "j.jansen", Database, TextWriter.Null, errors, CancellationToken.None);
        var nobody = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject(null, WaId, null), " ", Database, TextWriter.Null, errors, CancellationToken.None);
        var noDatabase = await PrivacyCommands.ExportAsync(PrivacyCommands.Subject("c1", null, null), null, BotDatabase.Sqlite(new FileInfo(Path.Combine(data.Path, "missing.db"))), TextWriter.Null, errors, CancellationToken.None);
        var unknown = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject("no-such-conversation", null, null), "j.jansen", Database, TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal((2, 2, 2, 2, 1), (none, two, nobody, noDatabase, unknown));
        Assert.Contains("exactly one of", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("--by", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing is stored", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await PrivacyCommands.ExportAsync(PrivacyCommands.Subject(null, WaId, null), null, Database, TextWriter.Null, TextWriter.Null, CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_WhatsApp_residents_insight_rows_left_after_the_sweep_are_erased_by_their_number_and_a_neighbours_stay(bool configuredKey)
    {
        const string Configured = "the-conversation-id-key-from-the-bots-secret";
        var key = configuredKey ? Encoding.UTF8.GetBytes(Configured) : RandomNumberGenerator.GetBytes(64);
        if (!configuredKey)
        {
            await File.WriteAllTextAsync(Path.Combine(data.Path, WhatsAppKeyedIds.KeyFileName), Convert.ToBase64String(key));
        }

        await SweptResidentsAsync(key);
        var output = new StringWriter();
        var errors = new StringWriter();
        var environment = new BotDatabase(DatabaseFile, name => name switch
        {
            WhatsAppKeyedConversation.PhoneNumberIdVariable => SweptWhatsAppResidents.PhoneNumberId,
            WhatsAppKeyedConversation.KeyVariable when configuredKey => Configured,
            _ => null,
        });

        var exit = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject(null, "06 1234 5678", null), "j.jansen", environment, output, errors, CancellationToken.None);

        Assert.Equal((0, string.Empty), (exit, errors.ToString()));
        Assert.Contains("Erased 1 conversation", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([WhatsAppKeyedIds.ConversationId(key, SweptWhatsAppResidents.PhoneNumberId, SweptWhatsAppResidents.Neighbour)], await InsightRowsLeftAsync());
    }

    [Fact]
    public async Task Without_the_bots_WhatsApp_settings_koo_says_why_the_rows_left_after_the_sweep_cannot_be_found_and_erases_nothing()
    {
        var key = RandomNumberGenerator.GetBytes(64);
        await SweptResidentsAsync(key);
        var errors = new StringWriter();
        var withoutKey = new BotDatabase(DatabaseFile, name => name == WhatsAppKeyedConversation.PhoneNumberIdVariable ? SweptWhatsAppResidents.PhoneNumberId : null);

        var exits = (
            await PrivacyCommands.EraseAsync(PrivacyCommands.Subject(null, SweptWhatsAppResidents.Resident, null), "j.jansen", Database, TextWriter.Null, errors, CancellationToken.None),
            await PrivacyCommands.ExportAsync(PrivacyCommands.Subject(null, SweptWhatsAppResidents.Resident, null), null, withoutKey, TextWriter.Null, errors, CancellationToken.None));

        Assert.Equal((1, 1), exits);
        Assert.Contains("koo privacy erase: WhatsApp__PhoneNumberId is not set, so the insight rows", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains($"koo privacy export: WhatsApp__ConversationIdKey is not set and the bot generated no key in {data.Path}", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, (await InsightRowsLeftAsync()).Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    private async Task<(string Conversation, string Ticket)> HandedOffConversationAsync(string question)
    {
        using var bot = new BotFactory(dataDirectory: data);
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { question, "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        var ticket = await new SqliteHandoffStore(connections, TimeProvider.System).GetOpenTicketForConversationAsync(session.ConversationId, CancellationToken.None);
        return (session.ConversationId, ticket!.Id);
    }

    private async Task SweptResidentsAsync(byte[] key)
    {
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        await new SqliteMigrator(connections, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await SweptWhatsAppResidents.WriteAsync(new SqliteConversationStore(connections, TimeProvider.System), new SqliteInsightStore(connections), key);
    }

    private async Task<IReadOnlyList<string>> InsightRowsLeftAsync()
    {
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        return await SweptWhatsAppResidents.LeftAsync(new SqliteInsightStore(connections));
    }

    private async Task WhatsAppConversationAsync()
    {
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        await new SqliteMigrator(connections, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await new SqliteConversationStore(connections, TimeProvider.System).CreateConversationAsync(new NewConversation("wa-1", "whatsapp", WaId, "nl-NL"), CancellationToken.None);
    }
}
