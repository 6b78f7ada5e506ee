using System.CommandLine;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Areas;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo staff add &lt;username&gt; --display-name &lt;name&gt; --role medewerker|coordinator|beheerder|redacteur [--team &lt;buurtteam&gt;]
/// --password-stdin</c>: creates a staff account in the bot's database (the team by its id or name from the knowledge's
/// <c>data/wijken.yaml</c>, stored as the name tickets carry); <c>list</c>, <c>disable</c>, <c>enable</c>, <c>password</c> and
/// <c>delete</c> look after it later (disabling, a new password and deleting end the account's sessions at once).
/// Passwords are read from standard input only (never from the command line, where they would land in shell
/// history); there is no default password.
/// </summary>
internal static class StaffCommands
{
    // Who the audit log names for changes made here: the CLI runs on the server, outside any staff session.
    private const string Actor = "koo-cli";

    public static Command Create()
    {
        var username = new Argument<string>("username") { Description = "The sign-in name; residents never see it." };
        var displayName = new Option<string>("--display-name") { Description = "The name residents see in the chat, e.g. a first name.", Required = true };
        var role = new Option<string>("--role") { Description = "medewerker, coordinator, beheerder or redacteur.", Required = true };
        var team = new Option<string?>("--team")
        {
            Description = "The Buurtteam of a medewerker: its id or name from knowledge/data/wijken.yaml (\"noord\" or \"Buurtteam Noord\").",
        };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (required)." };
        var database = DatabaseOption();
        var knowledge = KnowledgeOption.Create();
        var add = new Command("add", "Create a staff account.") { username, displayName, role, team, passwordStdin, database, knowledge };
        add.SetAction(async (parse, cancellationToken) => await AddAsync(
            parse.GetValue(username)!, parse.GetValue(displayName)!, parse.GetValue(role)!, parse.GetValue(team), parse.GetValue(passwordStdin), BotDatabase.FromCommandLine(parse.GetValue(database)),
            KnowledgeOption.Locate(parse.GetValue(knowledge)), Console.In, Console.Out, cancellationToken));
        return new Command("staff", "Manage staff accounts of the console.")
        {
            add,
            ListCommand(),
            AccountCommand("disable", "Disable an account; its sessions end at once.", DisableAsync),
            AccountCommand("enable", "Enable a disabled account again.", EnableAsync),
            PasswordCommand(),
            AccountCommand("delete", "Delete an account; its sessions end at once.", DeleteAsync),
        };
    }

    internal static Task<int> ListAsync(BotDatabase database, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        WithStoreAsync("list", database, error, async store =>
        {
            var now = TimeProvider.System.GetUtcNow();
            foreach (var account in await store.ListAsync(cancellationToken))
            {
                var state = account.DisabledAt is not null ? "disabled" : account.LockedUntil > now ? "locked" : "enabled";
                await output.WriteLineAsync($"{account.Username}\t{account.DisplayName}\t{account.Role.ToString().ToLowerInvariant()}\t{account.Team ?? "-"}\t{state}");
            }

            return 0;
        }, cancellationToken);

    internal static Task<int> DisableAsync(string username, BotDatabase database, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        ChangeAsync("disable", username, database, output, error, store => store.DisableAsync(username, Actor, cancellationToken), "disabled; its sessions have ended", cancellationToken);

    internal static Task<int> EnableAsync(string username, BotDatabase database, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        ChangeAsync("enable", username, database, output, error, store => store.EnableAsync(username, Actor, cancellationToken), "enabled", cancellationToken);

    internal static async Task<int> DeleteAsync(string username, BotDatabase database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var holds = false;
        var exit = await ChangeAsync("delete", username, database, output, error, async store =>
        {
            holds = await store.HoldsTicketsAsync(username, cancellationToken);
            return !holds && await store.DeleteAsync(username, Actor, cancellationToken);
        }, "deleted; its sessions have ended", cancellationToken, refused: () => holds
            ? $"koo staff delete: '{username}' still holds conversations residents are waiting in; hand them back or resolve them first (koo staff disable works now)."
            : null);
        return exit;
    }

    internal static async Task<int> PasswordAsync(
        string username, bool passwordStdin, BotDatabase database, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!passwordStdin)
        {
            await error.WriteLineAsync("koo staff password: pass --password-stdin and type or pipe the new password; it is never taken from the command line.");
            return 2;
        }

        var password = (await input.ReadToEndAsync(cancellationToken)).TrimEnd('\r', '\n');
        if (!AccountRules.IsAcceptablePassword(password))
        {
            await error.WriteLineAsync($"koo staff password: the password needs {AccountRules.MinimumPasswordLength} to {AccountRules.MaximumPasswordLength} characters.");
            return 2;
        }

        return await ChangeAsync(
            "password", username, database, output, error, store => store.SetPasswordHashAsync(username, PasswordHasher.Hash(password), Actor, cancellationToken),
            "has a new password; its sessions have ended and its lock is lifted", cancellationToken);
    }

    private static Command ListCommand()
    {
        var database = DatabaseOption();
        var command = new Command("list", "List the accounts: username, display name, role, team, and enabled, disabled or locked.") { database };
        command.SetAction(async (parse, cancellationToken) => await ListAsync(BotDatabase.FromCommandLine(parse.GetValue(database)), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    private static Command AccountCommand(string name, string description, Func<string, BotDatabase, TextWriter, TextWriter, CancellationToken, Task<int>> run)
    {
        var username = new Argument<string>("username") { Description = "The account's sign-in name." };
        var database = DatabaseOption();
        var command = new Command(name, description) { username, database };
        command.SetAction(async (parse, cancellationToken) => await run(parse.GetValue(username)!, BotDatabase.FromCommandLine(parse.GetValue(database)), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    private static Command PasswordCommand()
    {
        var username = new Argument<string>("username") { Description = "The account's sign-in name." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the new password from standard input (required)." };
        var database = DatabaseOption();
        var command = new Command("password", "Give an account a new password; its sessions end and its lock is lifted.") { username, passwordStdin, database };
        command.SetAction(async (parse, cancellationToken) => await PasswordAsync(
            parse.GetValue(username)!, parse.GetValue(passwordStdin), BotDatabase.FromCommandLine(parse.GetValue(database)), Console.In, Console.Out, Console.Error, cancellationToken));
        return command;
    }

    private static Option<FileInfo?> DatabaseOption() =>
        new("--database") { Description = DatabaseLocation.OptionDescription };

    /// <param name="refused">After a change that did not happen: why, when it was refused rather than not found.</param>
    private static Task<int> ChangeAsync(
        string verb, string username, BotDatabase database, TextWriter output, TextWriter error, Func<IStaffStore, Task<bool>> change, string done, CancellationToken cancellationToken,
        Func<string?>? refused = null) =>
        WithStoreAsync(verb, database, error, async store =>
        {
            if (!await change(store))
            {
                await error.WriteLineAsync(refused?.Invoke() ?? $"koo staff {verb}: there is no account '{username}'.");
                return 1;
            }

            await output.WriteLineAsync($"Account '{username}' {done}.");
            return 0;
        }, cancellationToken);

    // Unlike add, these never create a database: a mistyped --database should fail, not start an empty one.
    private static async Task<int> WithStoreAsync(string verb, BotDatabase database, TextWriter error, Func<IStaffStore, Task<int>> run, CancellationToken cancellationToken)
    {
        await using var stores = await database.OpenExistingAsync($"koo staff {verb}", error, cancellationToken);
        return stores is null ? 1 : await run(stores.Staff);
    }

    internal static Task<int> AddAsync(
        string username, string displayName, string roleName, string? team, bool passwordStdin, BotDatabase database, TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        AddAsync(username, displayName, roleName, team, passwordStdin, database, KnowledgeOption.Locate(null), input, output, cancellationToken);

    /// <param name="knowledge">Where the Buurtteams are (<c>data/wijken.yaml</c>): <paramref name="team"/> must name one, by id or name.</param>
    internal static async Task<int> AddAsync(
        string username, string displayName, string roleName, string? team, bool passwordStdin, BotDatabase database, KnowledgeFolder knowledge, TextReader input, TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (!AccountRules.TryParseRole(roleName, out var role))
        {
            await output.WriteLineAsync($"koo staff add: --role must be medewerker, coordinator, beheerder or redacteur, not '{roleName}'.");
            return 2;
        }

        if (role == StaffRole.Medewerker && string.IsNullOrWhiteSpace(team))
        {
            await output.WriteLineAsync("koo staff add: a medewerker needs --team <buurtteam>.");
            return 2;
        }

        string? teamName = null;
        if (!string.IsNullOrWhiteSpace(team))
        {
            KnownTeams known;
            try
            {
                known = KnownTeams.From(BuurtteamAreas.Load(knowledge));
            }
            catch (KnowledgeException exception)
            {
                await output.WriteLineAsync($"koo staff add: the Buurtteams cannot be read: {exception.Message}");
                return 1;
            }

            // Tickets carry the team's name; an account stored under the id ("noord") would never see one.
            if (AccountRules.RefuseTeam(team, known, out teamName) is { } refusal)
            {
                await output.WriteLineAsync($"koo staff add: {refusal}");
                return 1;
            }
        }

        if (username.Length is 0 or > 100 || username.Any(character => !char.IsLetterOrDigit(character) && character is not ('.' or '-' or '_')))
        {
            await output.WriteLineAsync("koo staff add: the username is 1 to 100 letters, digits, '.', '-' or '_'.");
            return 2;
        }

        if (!AccountRules.TryNormaliseDisplayName(displayName, out var shownName))
        {
            await output.WriteLineAsync($"koo staff add: {AccountRules.DisplayNameRule}");
            return 2;
        }

        if (!passwordStdin)
        {
            await output.WriteLineAsync("koo staff add: pass --password-stdin and type or pipe the password; it is never taken from the command line.");
            return 2;
        }

        var password = (await input.ReadToEndAsync(cancellationToken)).TrimEnd('\r', '\n');
        if (!AccountRules.IsAcceptablePassword(password))
        {
            await output.WriteLineAsync($"koo staff add: the password needs {AccountRules.MinimumPasswordLength} to {AccountRules.MaximumPasswordLength} characters.");
            return 2;
        }

        ArgumentNullException.ThrowIfNull(database);
        await using var stores = await database.OpenOrCreateAsync("koo staff add", output, cancellationToken);
        if (stores is null)
        {
            return 1;
        }

        var added = await stores.Staff.AddAsync(username, shownName, role, teamName, PasswordHasher.Hash(password), cancellationToken);
        if (!added)
        {
            await output.WriteLineAsync($"koo staff add: an account '{username}' already exists.");
            return 1;
        }

        await output.WriteLineAsync($"Account '{username}' added as {role.ToString().ToLowerInvariant()}{(teamName is null ? string.Empty : $" of {teamName}")} in {stores.Description}.");
        return 0;
    }
}
