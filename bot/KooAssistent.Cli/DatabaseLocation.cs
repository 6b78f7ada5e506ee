namespace KooAssistent.Cli;

/// <summary>Where the commands that work on the bot's data find its SQLite file when no <c>--database</c> is given.</summary>
internal static class DatabaseLocation
{
    public const string OptionDescription = "The bot's SQLite file; default koo.db in Persistence__DataDirectory when that is set (as in the container image), else bot/KooAssistent.Bot/data/koo.db of this checkout, else ./data/koo.db. " + BotDatabase.Rule;

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
}
