using System.CommandLine;
using KooAssistent.Bot.Persistence.Sqlite;
using KooAssistent.Bot.Staff;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo staff add &lt;username&gt; --role medewerker|coordinator|beheerder [--team &lt;buurtteam&gt;] --password-stdin</c>:
/// creates a staff account in the bot's database. The password is read from standard input only (never from the
/// command line, where it would land in shell history); there is no default password.
/// </summary>
internal static class StaffCommands
{
    public const int MinimumPasswordLength = 12;

    public static Command Create()
    {
        var username = new Argument<string>("username") { Description = "The sign-in name; shown to residents as the worker's name." };
        var role = new Option<string>("--role") { Description = "medewerker, coordinator or beheerder.", Required = true };
        var team = new Option<string?>("--team") { Description = "The Buurtteam of a medewerker." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (required)." };
        var database = new Option<FileInfo?>("--database") { Description = "The bot's SQLite file; default bot/KooAssistent.Bot/data/koo.db of this checkout, else ./data/koo.db." };
        var add = new Command("add", "Create a staff account.") { username, role, team, passwordStdin, database };
        add.SetAction(async (parse, cancellationToken) => await AddAsync(
            parse.GetValue(username)!, parse.GetValue(role)!, parse.GetValue(team), parse.GetValue(passwordStdin), parse.GetValue(database), Console.In, Console.Out, cancellationToken));
        return new Command("staff", "Manage staff accounts of the console.") { add };
    }

    internal static async Task<int> AddAsync(
        string username, string roleName, string? team, bool passwordStdin, FileInfo? database, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<StaffRole>(roleName, ignoreCase: true, out var role) || int.TryParse(roleName, out _))
        {
            await output.WriteLineAsync($"koo staff add: --role must be medewerker, coordinator or beheerder, not '{roleName}'.");
            return 2;
        }

        if (role == StaffRole.Medewerker && string.IsNullOrWhiteSpace(team))
        {
            await output.WriteLineAsync("koo staff add: a medewerker needs --team <buurtteam>.");
            return 2;
        }

        if (username.Length is 0 or > 100 || username.Any(character => !char.IsLetterOrDigit(character) && character is not ('.' or '-' or '_')))
        {
            await output.WriteLineAsync("koo staff add: the username is 1 to 100 letters, digits, '.', '-' or '_'.");
            return 2;
        }

        if (!passwordStdin)
        {
            await output.WriteLineAsync("koo staff add: pass --password-stdin and type or pipe the password; it is never taken from the command line.");
            return 2;
        }

        var password = (await input.ReadToEndAsync(cancellationToken)).TrimEnd('\r', '\n');
        if (password.Length < MinimumPasswordLength)
        {
            await output.WriteLineAsync($"koo staff add: the password needs at least {MinimumPasswordLength} characters.");
            return 2;
        }

        var path = database?.FullName ?? DefaultDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connections = new SqliteConnectionFactory($"Data Source={path}");
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(cancellationToken);
        var added = await new SqliteStaffStore(connections, TimeProvider.System).AddAsync(username, role, team, PasswordHasher.Hash(password), cancellationToken);
        if (!added)
        {
            await output.WriteLineAsync($"koo staff add: an account '{username}' already exists.");
            return 1;
        }

        await output.WriteLineAsync($"Account '{username}' added as {role.ToString().ToLowerInvariant()}{(team is null ? string.Empty : $" of {team}")} in {path}.");
        return 0;
    }

    private static string DefaultDatabase()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KooAssistent.sln")))
            {
                return Path.Combine(directory.FullName, "bot", "KooAssistent.Bot", "data", "koo.db");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "data", "koo.db");
    }
}
