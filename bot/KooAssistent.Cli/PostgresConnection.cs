using Dapper;
using KooAssistent.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KooAssistent.Cli;

/// <summary>Opens the bot's PostgreSQL database for one <c>koo</c> command; every message it writes leaves the connection string and password out.</summary>
internal static class PostgresConnection
{
    /// <summary>
    /// Unlike a SQLite file for <c>koo staff add</c>, a database without the bot's tables is always refused: an
    /// administrator creates the PostgreSQL database and the bot's own start gives it its tables, so an empty one here
    /// is a wrong <c>Database</c> or <c>SearchPath</c>, and filling it would hide the mistake.
    /// </summary>
    public static async Task<BotStores?> OpenAsync(string command, string connectionString, TextWriter errors, CancellationToken cancellationToken)
    {
        // The application name shows a DBA in pg_stat_activity that an operator's command holds the connection, not the bot.
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "koo" };
        var described = $"the PostgreSQL database '{settings.Database ?? settings.Username}' on {settings.Host}";
        var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        try
        {
            var database = new PostgresDatabase(dataSource);
            if (!await HoldsTheBotsTablesAsync(dataSource, cancellationToken))
            {
                await errors.WriteLineAsync(
                    $"{command}: {described} holds none of the bot's tables (in the schemas of its search path); check {BotDatabase.ConnectionStringVariable}, or start the bot on it once.");
                await dataSource.DisposeAsync();
                return null;
            }

            await new PostgresMigrator(database, TimeProvider.System, NullLogger<PostgresMigrator>.Instance).MigrateAsync(cancellationToken);
            return BotStores.OnPostgres(database, dataSource, described);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException or ArgumentException)
        {
            await dataSource.DisposeAsync();
            await errors.WriteLineAsync($"{command}: {described} cannot be opened: {Redacted(exception.Message, connectionString, settings.Password)}");
            return null;
        }
    }

    private static async Task<bool> HoldsTheBotsTablesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken: cancellationToken));
    }

    // Npgsql's messages name host, database and user, not the password; this holds should a future one quote more.
    private static string Redacted(string message, string connectionString, string? password)
    {
        var redacted = message.Replace(connectionString, "(the connection string)", StringComparison.Ordinal);
        return string.IsNullOrEmpty(password) ? redacted : redacted.Replace(password, "(the password)", StringComparison.Ordinal);
    }
}
