using KooAssistent.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Cli;

/// <summary>Where the commands that work on the bot's data find its SQLite file when no <c>--database</c> is given.</summary>
internal static class DatabaseLocation
{
    public const string OptionDescription = "The bot's SQLite file; default koo.db in Persistence__DataDirectory when that is set (as in the container image), else bot/KooAssistent.Bot/data/koo.db of this checkout, else ./data/koo.db.";

    /// <summary>The setting the bot itself reads for its data folder, as an environment variable.</summary>
    public const string DataDirectoryVariable = "Persistence__DataDirectory";

    /// <summary>
    /// <c>koo.db</c> in the bot's own data folder when the environment names it (the container image sets it, so an
    /// operator's <c>kubectl exec … -- koo staff add</c> finds the bot's database), else
    /// <c>bot/KooAssistent.Bot/data/koo.db</c> of the checkout around the current folder (what <c>scripts/run.sh</c>
    /// uses), else <c>./data/koo.db</c>.
    /// </summary>
    public static string Default() => Default(Environment.GetEnvironmentVariable);

    public static string Default(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(DataDirectoryVariable) is { Length: > 0 } dataDirectory)
        {
            return Path.Combine(Path.GetFullPath(dataDirectory), "koo.db");
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KooAssistent.sln")))
            {
                return Path.Combine(directory.FullName, "bot", "KooAssistent.Bot", "data", "koo.db");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "data", "koo.db");
    }

    /// <summary>
    /// Opens the bot's existing database and brings its schema up to date. Never creates one: a mistyped
    /// <c>--database</c> should fail, not start an empty database. Null, with the reason on <paramref name="errors"/>,
    /// when there is none or it cannot be migrated.
    /// </summary>
    /// <param name="command">The command as the resident of the terminal typed it ("koo staff disable"), for the message.</param>
    public static async Task<SqliteConnectionFactory?> OpenExistingAsync(string command, FileInfo? database, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var path = database?.FullName ?? Default();
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"{command}: there is no database at {path}; pass --database <file>.");
            return null;
        }

        var connections = new SqliteConnectionFactory($"Data Source={path}");
        try
        {
            await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(cancellationToken);
            return connections;
        }
        catch (InvalidOperationException exception)
        {
            connections.Dispose();
            await errors.WriteLineAsync($"{command}: {exception.Message}");
            return null;
        }
    }
}
