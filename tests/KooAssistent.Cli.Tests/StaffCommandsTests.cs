using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Cli.Tests;

public sealed class StaffCommandsTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "koo-staff-tests", Guid.NewGuid().ToString("N"));

    private FileInfo DatabaseFile => new(Path.Combine(directory, "koo.db"));

    private BotDatabase Database => BotDatabase.Sqlite(DatabaseFile);

    [Fact]
    public async Task An_account_is_added_with_a_hashed_password_read_from_standard_input()
    {
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync("anna", "Anna de Vries", "medewerker", "Buurtteam Noord", passwordStdin: true, Database, new StringReader("een-lang-wachtwoord\n"), output, CancellationToken.None);

        Assert.Equal(0, exit);
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        var account = await new SqliteStaffStore(connections, TimeProvider.System).FindAsync("anna", CancellationToken.None);
        Assert.NotNull(account);
        Assert.Equal(StaffRole.Medewerker, account.Role);
        Assert.Equal("Buurtteam Noord", account.Team);
        Assert.Equal("Anna de Vries", account.DisplayName);
        Assert.Matches("^[0-9a-f]{32}$", account.PublicId);
        Assert.True(PasswordHasher.Verify("een-lang-wachtwoord", account.PasswordHash));
        Assert.DoesNotContain("een-lang-wachtwoord", account.PasswordHash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noord", "Buurtteam Noord")]
    [InlineData("Buurtteam Noord", "Buurtteam Noord")]
    [InlineData("ROSMALEN-ZUID", "Buurtteam Rosmalen Zuid")]
    [InlineData("buurtteam maaspoort, empel en engelen", "Buurtteam Maaspoort, Empel en Engelen")]
    public async Task A_team_given_by_its_id_or_name_is_stored_as_the_name_tickets_carry(string given, string stored)
    {
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync("anna", "Anna", "medewerker", given, passwordStdin: true, Database, new StringReader("een-lang-wachtwoord"), output, CancellationToken.None);

        Assert.Equal(0, exit);
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        Assert.Equal(stored, (await new SqliteStaffStore(connections, TimeProvider.System).FindAsync("anna", CancellationToken.None))!.Team);
        Assert.Contains($"of {stored}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_team_is_refused_with_the_known_teams_and_nothing_is_created()
    {
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync("anna", "Anna", "medewerker", "Buurtteam Zuid", passwordStdin: true, Database, new StringReader("een-lang-wachtwoord"), output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("koo staff add: There is no Buurtteam 'Buurtteam Zuid'.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("noord (Buurtteam Noord), west (Buurtteam West), zuidoost (Buurtteam Zuidoost)", output.ToString(), StringComparison.Ordinal);
        Assert.False(DatabaseFile.Exists);
    }

    [Fact]
    public async Task The_same_username_twice_is_refused()
    {
        await StaffCommands.AddAsync("coco", "Coco", "coordinator", null, true, Database, new StringReader("een-lang-wachtwoord"), TextWriter.Null, CancellationToken.None);

        var exit = await StaffCommands.AddAsync("coco", "Coco", "coordinator", null, true, Database, new StringReader("een-ander-wachtwoord"), TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, exit);
    }

    [Theory]
    [InlineData("anna", "Anna", "medewerker", null, true, "een-lang-wachtwoord")]
    [InlineData("anna", "Anna", "baas", null, true, "een-lang-wachtwoord")]
    [InlineData("anna", "Anna", "coordinator", null, false, "een-lang-wachtwoord")]
    [InlineData("anna", "Anna", "coordinator", null, true, "kort")]
    [InlineData("an na", "Anna", "coordinator", null, true, "een-lang-wachtwoord")]
    [InlineData("anna", " ", "coordinator", null, true, "een-lang-wachtwoord")]
    [InlineData("anna", "Anna\u0007", "coordinator", null, true, "een-lang-wachtwoord")]
    public async Task Bad_input_gets_a_clear_error_and_adds_nothing(string username, string displayName, string role, string? team, bool stdin, string password)
    {
        var output = new StringWriter();

        var exit = await StaffCommands.AddAsync(username, displayName, role, team, stdin, Database, new StringReader(password), output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("koo staff add:", output.ToString(), StringComparison.Ordinal);
        Assert.False(DatabaseFile.Exists);
    }

    [Fact]
    public async Task List_shows_each_account_with_role_team_and_state()
    {
        await AddAsync("anna", "medewerker", "Buurtteam Noord");
        await AddAsync("coco", "coordinator", null);
        await StaffCommands.DisableAsync("coco", Database, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var output = new StringWriter();

        var exit = await StaffCommands.ListAsync(Database, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(["anna\tAnna\tmedewerker\tBuurtteam Noord\tenabled", "coco\tCoco\tcoordinator\t-\tdisabled"], Lines(output));
    }

    [Fact]
    public async Task Disable_and_enable_change_the_account_and_say_so()
    {
        await AddAsync("anna", "medewerker", "Buurtteam Noord");
        var stampBefore = (await FindAsync("anna"))!.SecurityStamp;
        var output = new StringWriter();

        var disabled = await StaffCommands.DisableAsync("anna", Database, output, TextWriter.Null, CancellationToken.None);
        var afterDisable = await FindAsync("anna");
        var enabled = await StaffCommands.EnableAsync("anna", Database, output, TextWriter.Null, CancellationToken.None);
        var afterEnable = await FindAsync("anna");

        Assert.Equal((0, 0), (disabled, enabled));
        Assert.NotNull(afterDisable!.DisabledAt);
        Assert.NotEqual(stampBefore, afterDisable.SecurityStamp);
        Assert.Null(afterEnable!.DisabledAt);
        Assert.Equal(["Account 'anna' disabled; its sessions have ended.", "Account 'anna' enabled."], Lines(output));
    }

    [Fact]
    public async Task Password_reads_the_new_password_from_standard_input_and_lifts_the_lock()
    {
        await AddAsync("anna", "medewerker", "Buurtteam Noord");
        using (var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}"))
        {
            await new SqliteStaffStore(connections, TimeProvider.System).TryCountAttemptAsync("anna", 1, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);
        }

        var exit = await StaffCommands.PasswordAsync("anna", passwordStdin: true, Database, new StringReader("een-heel-nieuw-wachtwoord\n"), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var account = await FindAsync("anna");

        Assert.Equal(0, exit);
        Assert.True(PasswordHasher.Verify("een-heel-nieuw-wachtwoord", account!.PasswordHash));
        Assert.False(PasswordHasher.Verify("een-lang-wachtwoord", account.PasswordHash));
        Assert.Null(account.LockedUntil);
        Assert.Equal(0, account.FailedAttempts);
    }

    [Theory]
    [InlineData(false, "een-heel-nieuw-wachtwoord")]
    [InlineData(true, "kort")]
    public async Task Password_without_stdin_or_with_a_short_password_is_refused_and_changes_nothing(bool stdin, string password)
    {
        await AddAsync("anna", "medewerker", "Buurtteam Noord");
        var error = new StringWriter();

        var exit = await StaffCommands.PasswordAsync("anna", stdin, Database, new StringReader(password), TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("koo staff password:", error.ToString(), StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("een-lang-wachtwoord", (await FindAsync("anna"))!.PasswordHash));
    }

    [Fact]
    public async Task Delete_removes_the_account()
    {
        await AddAsync("anna", "medewerker", "Buurtteam Noord");

        var exit = await StaffCommands.DeleteAsync("anna", Database, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Null(await FindAsync("anna"));
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("password")]
    [InlineData("delete")]
    public async Task An_unknown_user_gets_exit_1_and_a_message_on_standard_error(string command)
    {
        await AddAsync("anna", "medewerker", "Buurtteam Noord");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = command switch
        {
            "disable" => await StaffCommands.DisableAsync("niemand", Database, output, error, CancellationToken.None),
            "enable" => await StaffCommands.EnableAsync("niemand", Database, output, error, CancellationToken.None),
            "password" => await StaffCommands.PasswordAsync("niemand", true, Database, new StringReader("een-heel-nieuw-wachtwoord"), output, error, CancellationToken.None),
            _ => await StaffCommands.DeleteAsync("niemand", Database, output, error, CancellationToken.None),
        };

        Assert.Equal(1, exit);
        Assert.Equal($"koo staff {command}: there is no account 'niemand'.", error.ToString().TrimEnd());
        Assert.Empty(output.ToString());
        Assert.NotNull(await FindAsync("anna"));
    }

    [Fact]
    public async Task A_missing_database_file_is_reported_and_not_created()
    {
        var error = new StringWriter();

        var exit = await StaffCommands.DisableAsync("anna", Database, TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("koo staff disable: there is no database at", error.ToString(), StringComparison.Ordinal);
        Assert.False(DatabaseFile.Exists);
    }

    [Fact]
    public async Task The_command_line_has_every_staff_command_and_no_password_option()
    {
        var staff = StaffCommands.Create();

        Assert.Equal(["add", "list", "disable", "enable", "password", "delete"], staff.Subcommands.Select(command => command.Name));
        Assert.All(staff.Subcommands, command => Assert.Contains(command.Options, option => option.Name == "--database"));
        Assert.DoesNotContain(staff.Subcommands.SelectMany(command => command.Options), option => option.Name == "--password");
        Assert.Empty(staff.Parse("password anna --password-stdin").Errors);
        Assert.Empty(staff.Parse("add anna --display-name Anna --role coordinator --password-stdin").Errors);
        Assert.NotEmpty(staff.Parse("add anna --role coordinator --password-stdin").Errors);
        Assert.NotEmpty(staff.Parse("password anna een-heel-nieuw-wachtwoord").Errors);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string[] Lines(StringWriter output) => output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private Task<int> AddAsync(string username, string role, string? team) =>
        StaffCommands.AddAsync(username, char.ToUpperInvariant(username[0]) + username[1..], role, team, true, Database, new StringReader("een-lang-wachtwoord"), TextWriter.Null, CancellationToken.None);

    private async Task<StaffAccount?> FindAsync(string username)
    {
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        return await new SqliteStaffStore(connections, TimeProvider.System).FindAsync(username, CancellationToken.None);
    }
}
