using KooAssistent.Storage;
using KooAssistent.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Cli;

/// <summary>
/// The bot's database as the commands that work on its data choose it, by one rule: with
/// <c>Persistence__Provider=Postgres</c> in the environment (as in the bot's pod, so <c>kubectl exec … -- koo …</c> works
/// on what the bot works on) the PostgreSQL database at <c>Persistence__ConnectionString</c>; otherwise the SQLite file
/// of <c>--database</c>, or <see cref="DatabaseLocation.Default()"/>. Both at once is refused rather than one guessed.
/// The connection string is never taken from the command line (shell history, the process list) and never printed.
/// </summary>
internal sealed class BotDatabase(FileInfo? sqliteFile, Func<string, string?> environment)
{
    public const string ProviderVariable = "Persistence__Provider";
    public const string ConnectionStringVariable = "Persistence__ConnectionString";

    /// <summary>For <c>--help</c>: how a command finds the database.</summary>
    public const string Rule =
        "With Persistence__Provider=Postgres in the environment (as in the bot's container) koo works on the bot's PostgreSQL database at Persistence__ConnectionString, and --database is refused; otherwise on the SQLite file.";

    /// <summary>The database the command line and the process's environment name.</summary>
    public static BotDatabase FromCommandLine(FileInfo? sqliteFile) => new(sqliteFile, Environment.GetEnvironmentVariable);

    public static BotDatabase Sqlite(FileInfo file) => new(file, _ => null);

    public static BotDatabase Postgres(string connectionString) => new(null, name => name switch
    {
        ProviderVariable => nameof(PersistenceProvider.Postgres),
        ConnectionStringVariable => connectionString,
        _ => null,
    });

    /// <summary>Another of the bot's settings, as the bot would read it from the same environment (e.g. <c>WhatsApp__PhoneNumberId</c>).</summary>
    public string? Setting(string variable) => environment(variable);

    /// <summary>
    /// Opens the bot's existing database and brings its schema up to date through the provider's migrator. Never
    /// creates one: a mistyped <c>--database</c> or connection string should fail, not start an empty database. Null,
    /// with the reason on <paramref name="errors"/>, when there is none or it cannot be reached or migrated.
    /// </summary>
    /// <param name="command">The command as the operator typed it ("koo staff disable"), for the message.</param>
    public Task<BotStores?> OpenExistingAsync(string command, TextWriter errors, CancellationToken cancellationToken) =>
        OpenAsync(command, createIfMissing: false, errors, cancellationToken);

    /// <summary>As <see cref="OpenExistingAsync"/>, but a missing SQLite file is created: the first account may come before the bot's first start.</summary>
    public Task<BotStores?> OpenOrCreateAsync(string command, TextWriter errors, CancellationToken cancellationToken) =>
        OpenAsync(command, createIfMissing: true, errors, cancellationToken);

    private async Task<BotStores?> OpenAsync(string command, bool createIfMissing, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var provider = environment(ProviderVariable);
        if (string.IsNullOrWhiteSpace(provider) || IsProvider(provider, PersistenceProvider.Sqlite))
        {
            return await OpenSqliteAsync(command, createIfMissing, errors, cancellationToken);
        }

        if (!IsProvider(provider, PersistenceProvider.Postgres))
        {
            await errors.WriteLineAsync($"{command}: {ProviderVariable} is '{provider}'; koo works on 'Sqlite' or 'Postgres', like the bot.");
            return null;
        }

        if (sqliteFile is not null)
        {
            await errors.WriteLineAsync(
                $"{command}: --database names a SQLite file, but {ProviderVariable}=Postgres says the bot's data is in PostgreSQL; leave out --database, or unset {ProviderVariable} for a SQLite file.");
            return null;
        }

        var connectionString = environment(ConnectionStringVariable);
        var check = new PersistenceOptionsValidator().Validate(null, new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = connectionString });
        if (check.Failed)
        {
            await errors.WriteLineAsync($"{command}: {check.FailureMessage}");
            return null;
        }

        return await PostgresConnection.OpenAsync(command, connectionString!, errors, cancellationToken);
    }

    private async Task<BotStores?> OpenSqliteAsync(string command, bool createIfMissing, TextWriter errors, CancellationToken cancellationToken)
    {
        var path = sqliteFile?.FullName ?? DatabaseLocation.Default(environment);
        if (!File.Exists(path))
        {
            if (!createIfMissing)
            {
                await errors.WriteLineAsync($"{command}: there is no database at {path}; pass --database <file>.");
                return null;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        var connections = new SqliteConnectionFactory($"Data Source={path}");
        try
        {
            await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(cancellationToken);
            return BotStores.OnSqlite(connections, path);
        }
        catch (InvalidOperationException exception)
        {
            connections.Dispose();
            await errors.WriteLineAsync($"{command}: {exception.Message}");
            return null;
        }
    }

    private static bool IsProvider(string text, PersistenceProvider provider) =>
        Enum.TryParse<PersistenceProvider>(text.Trim(), ignoreCase: true, out var parsed) && parsed == provider;
}
