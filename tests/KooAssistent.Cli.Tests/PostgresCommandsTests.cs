using System.Text.Json.Nodes;
using KooAssistent.Storage;
using KooAssistent.Storage.Keys;
using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.WhatsApp;
using KooAssistent.Testing;

namespace KooAssistent.Cli.Tests;

/// <summary><c>koo staff</c>, <c>koo privacy</c> and <c>koo insights</c> on the bot's PostgreSQL database, through the bot's own stores.</summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresCommandsTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly PostgresBotData data = new();

    [Fact]
    public async Task Staff_add_creates_an_account_that_signs_in_and_is_listed()
    {
        await data.MigrateAsync();
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync("anna", "Anna de Vries", "medewerker", "noord", passwordStdin: true, data.Koo, new StringReader("een-lang-wachtwoord\n"), output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Account 'anna' added as medewerker of Buurtteam Noord in the PostgreSQL database", output.ToString(), StringComparison.Ordinal);
        var account = await new PostgresStaffStore(data.Database, TimeProvider.System).FindAsync("anna", CancellationToken.None);
        Assert.NotNull(account);
        Assert.Equal("Buurtteam Noord", account.Team);
        Assert.True(PasswordHasher.Verify("een-lang-wachtwoord", account.PasswordHash));
        var list = new StringWriter();
        Assert.Equal(0, await StaffCommands.ListAsync(data.Koo, list, TextWriter.Null, CancellationToken.None));
        Assert.Equal("anna\tAnna de Vries\tmedewerker\tBuurtteam Noord\tenabled" + Environment.NewLine, list.ToString());
    }

    [Fact]
    public async Task Privacy_export_prints_what_the_resident_wrote()
    {
        await data.ConversationAsync("c-1", "ik heb schulden en mijn uitkering stopt");
        var output = new StringWriter();

        var exit = await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "c-1"), null, data.Koo, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        var only = Assert.Single(JsonNode.Parse(output.ToString())!["conversations"]!.AsArray())!;
        Assert.Equal("c-1", (string?)only["id"]);
        Assert.Contains(only["activities"]!.AsArray(), row => (string?)row!["body"]!["text"] == "ik heb schulden en mijn uitkering stopt");
    }

    [Fact]
    public async Task Privacy_erase_removes_that_conversation_only()
    {
        await data.ConversationAsync("c-1", "kan ik iemand spreken");
        await data.ConversationAsync("c-2", "kan ik iemand spreken over mijn zoon");
        var output = new StringWriter();

        var exit = await PrivacyCommands.EraseAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "c-1"), "j.jansen", data.Koo, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Erased 1 conversation", output.ToString(), StringComparison.Ordinal);
        var conversations = new PostgresConversationStore(data.Database, TimeProvider.System);
        Assert.Null(await conversations.GetConversationAsync("c-1", CancellationToken.None));
        Assert.NotNull(await conversations.GetConversationAsync("c-2", CancellationToken.None));
    }

    [Fact]
    public async Task Privacy_erase_by_WhatsApp_number_reaches_the_insight_rows_left_after_the_sweep_with_the_key_the_bot_generated_in_the_database()
    {
        await data.MigrateAsync();
        var key = (await new KeyStore(data.Database, TimeProvider.System).GeneratedKeyAsync(WhatsAppKeyedIds.StoredName, CancellationToken.None)).Bytes;
        var insights = new PostgresInsightStore(data.Database);
        await SweptWhatsAppResidents.WriteAsync(new PostgresConversationStore(data.Database, TimeProvider.System), insights, key);
        var environment = PostgresEnvironment(data.ConnectionString);
        var koo = new BotDatabase(null, name => name == WhatsAppKeyedConversation.PhoneNumberIdVariable ? SweptWhatsAppResidents.PhoneNumberId : environment(name));
        var output = new StringWriter();

        var exit = await PrivacyCommands.EraseAsync(PrivacyCommands.Subject(null, "+31 6 1234 5678", null), "j.jansen", koo, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Erased 1 conversation", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([WhatsAppKeyedIds.ConversationId(key, SweptWhatsAppResidents.PhoneNumberId, SweptWhatsAppResidents.Neighbour)], await SweptWhatsAppResidents.LeftAsync(insights));
    }

    [Fact]
    public async Task Insights_prints_the_figures_of_the_period()
    {
        await data.InsightsAsync(Day);
        var output = new StringWriter();

        var exit = await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: false, tableId: null, data.Koo, new ManualClock(Day), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Inzicht 2026-11-01 tot en met 2026-11-10: 6 gesprekken.", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"2026-11-03\s+Web Chat\s+6", output.ToString());
    }

    [Fact]
    public async Task A_database_without_the_bot_s_tables_is_refused_and_left_empty()
    {
        var errors = new StringWriter();

        var list = await StaffCommands.ListAsync(data.Koo, TextWriter.Null, errors, CancellationToken.None);
        var add = await StaffCommands.AddAsync("anna", "Anna", "beheerder", null, passwordStdin: true, data.Koo, new StringReader("een-lang-wachtwoord"), errors, CancellationToken.None);

        Assert.Equal((1, 1), (list, add));
        Assert.Contains("koo staff list: the PostgreSQL database", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("koo staff add: the PostgreSQL database", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("holds none of the bot's tables", errors.ToString(), StringComparison.Ordinal);
        await using var connection = await data.Database.OpenAsync(CancellationToken.None);
        await using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT to_regclass('schema_migrations') IS NULL";
        Assert.Equal(true, await probe.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_connection_string_and_its_password_never_appear_in_output_or_errors()
    {
        await data.ConversationAsync("c-1", "kan ik iemand spreken");
        var password = new Npgsql.NpgsqlConnectionStringBuilder(data.ConnectionString).Password!;
        var wrong = new Npgsql.NpgsqlConnectionStringBuilder(data.ConnectionString) { Password = "Geheim-wachtwoord-42", Database = "no_such_database" }.ConnectionString;
        var output = new StringWriter();
        var errors = new StringWriter();

        var exits = new[]
        {
            await StaffCommands.AddAsync("anna", "Anna", "beheerder", null, passwordStdin: true, data.Koo, new StringReader("een-lang-wachtwoord"), output, CancellationToken.None),
            await PrivacyCommands.ExportAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "c-1"), null, data.Koo, output, errors, CancellationToken.None),
            await InsightsCommand.RunAsync(null, null, csv: false, tableId: null, data.Koo, new ManualClock(Day), output, errors, CancellationToken.None),
            await StaffCommands.ListAsync(BotDatabase.Postgres(wrong), output, errors, CancellationToken.None),
            await StaffCommands.ListAsync(new BotDatabase(new FileInfo("koo.db"), PostgresEnvironment(data.ConnectionString)), output, errors, CancellationToken.None),
        };

        Assert.Equal([0, 0, 0, 1, 1], exits);
        Assert.Contains("cannot be opened", errors.ToString(), StringComparison.Ordinal);
        foreach (var secret in new[] { data.ConnectionString, password, wrong, "Geheim-wachtwoord-42" })
        {
            Assert.DoesNotContain(secret, output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, errors.ToString(), StringComparison.Ordinal);
        }
    }

    public ValueTask DisposeAsync() => data.DisposeAsync();

    private static Func<string, string?> PostgresEnvironment(string connectionString) => name => name switch
    {
        BotDatabase.ProviderVariable => "Postgres",
        BotDatabase.ConnectionStringVariable => connectionString,
        _ => null,
    };
}
