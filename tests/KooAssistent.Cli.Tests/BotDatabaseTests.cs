using KooAssistent.Testing;

namespace KooAssistent.Cli.Tests;

/// <summary>The one rule by which a command chooses the bot's database, and what it refuses.</summary>
public sealed class BotDatabaseTests : IDisposable
{
    private const string ConnectionString = "Host=db.example;Database=koo;Username=koo;Password=Geheim-wachtwoord-42";
    private readonly TemporaryDirectory data = new();

    [Fact]
    public async Task A_SQLite_file_together_with_the_PostgreSQL_setting_is_refused_as_ambiguous()
    {
        var file = new FileInfo(Path.Combine(data.Path, "koo.db"));
        var errors = new StringWriter();

        var exit = await StaffCommands.AddAsync("anna", "Anna", "beheerder", null, passwordStdin: true, new BotDatabase(file, Environment("Postgres", ConnectionString)), new StringReader("een-lang-wachtwoord"), errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("--database names a SQLite file, but Persistence__Provider=Postgres", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim-wachtwoord-42", errors.ToString(), StringComparison.Ordinal);
        Assert.False(file.Exists);
    }

    [Theory]
    [InlineData("Postgres", null, "Persistence:ConnectionString is empty")]
    [InlineData("postgres", "Database=koo;Password=Geheim-wachtwoord-42", "names no Host")]
    [InlineData("Postgres", "Host=db;Wachtwoord=Geheim-wachtwoord-42", "is not an Npgsql connection string")]
    [InlineData("MySql", null, "Persistence__Provider is 'MySql'; koo works on 'Sqlite' or 'Postgres'")]
    public async Task Settings_the_bot_would_refuse_are_refused_with_the_bot_s_reason(string provider, string? connectionString, string reason)
    {
        var errors = new StringWriter();

        var exit = await StaffCommands.ListAsync(new BotDatabase(null, Environment(provider, connectionString)), TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("koo staff list: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim-wachtwoord-42", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_PostgreSQL_setting_the_SQLite_file_in_the_bot_s_data_folder_is_used()
    {
        var errors = new StringWriter();

        var exit = await StaffCommands.ListAsync(new BotDatabase(null, name => name == DatabaseLocation.DataDirectoryVariable ? data.Path : null), TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains($"there is no database at {Path.Combine(data.Path, "koo.db")}", errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();

    private static Func<string, string?> Environment(string provider, string? connectionString) => name => name switch
    {
        BotDatabase.ProviderVariable => provider,
        BotDatabase.ConnectionStringVariable => connectionString,
        _ => null,
    };
}
