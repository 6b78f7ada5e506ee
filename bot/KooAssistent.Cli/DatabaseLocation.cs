namespace KooAssistent.Cli;

/// <summary>Where the commands that work on the bot's data find its SQLite file when no <c>--database</c> is given.</summary>
internal static class DatabaseLocation
{
    public const string OptionDescription = "The bot's SQLite file; default bot/KooAssistent.Bot/data/koo.db of this checkout, else ./data/koo.db.";

    /// <summary><c>bot/KooAssistent.Bot/data/koo.db</c> of the checkout around the current folder (what <c>scripts/run.sh</c> uses), else <c>./data/koo.db</c>.</summary>
    public static string Default()
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
