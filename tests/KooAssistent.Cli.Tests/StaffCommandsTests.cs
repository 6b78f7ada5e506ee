using KooAssistent.Bot.Persistence.Sqlite;
using KooAssistent.Bot.Staff;

namespace KooAssistent.Cli.Tests;

public sealed class StaffCommandsTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "koo-staff-tests", Guid.NewGuid().ToString("N"));

    private FileInfo Database => new(Path.Combine(directory, "koo.db"));

    [Fact]
    public async Task An_account_is_added_with_a_hashed_password_read_from_standard_input()
    {
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync("anna", "medewerker", "Buurtteam Noord", passwordStdin: true, Database, new StringReader("een-lang-wachtwoord\n"), output, CancellationToken.None);

        Assert.Equal(0, exit);
        using var connections = new SqliteConnectionFactory($"Data Source={Database.FullName}");
        var account = await new SqliteStaffStore(connections, TimeProvider.System).FindAsync("anna", CancellationToken.None);
        Assert.NotNull(account);
        Assert.Equal(StaffRole.Medewerker, account.Role);
        Assert.Equal("Buurtteam Noord", account.Team);
        Assert.True(PasswordHasher.Verify("een-lang-wachtwoord", account.PasswordHash));
        Assert.DoesNotContain("een-lang-wachtwoord", account.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_username_twice_is_refused()
    {
        await StaffCommands.AddAsync("coco", "coordinator", null, true, Database, new StringReader("een-lang-wachtwoord"), TextWriter.Null, CancellationToken.None);

        var exit = await StaffCommands.AddAsync("coco", "coordinator", null, true, Database, new StringReader("een-ander-wachtwoord"), TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, exit);
    }

    [Theory]
    [InlineData("anna", "medewerker", null, true, "een-lang-wachtwoord")]
    [InlineData("anna", "baas", null, true, "een-lang-wachtwoord")]
    [InlineData("anna", "coordinator", null, false, "een-lang-wachtwoord")]
    [InlineData("anna", "coordinator", null, true, "kort")]
    [InlineData("an na", "coordinator", null, true, "een-lang-wachtwoord")]
    public async Task Bad_input_gets_a_clear_error_and_adds_nothing(string username, string role, string? team, bool stdin, string password)
    {
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync(username, role, team, stdin, Database, new StringReader(password), output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("koo staff add:", output.ToString(), StringComparison.Ordinal);
        Assert.False(Database.Exists);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
