using Dapper;
using KooAssistent.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// Brings the SQLite file to the schema this build expects: owner-only files, WAL mode, then every embedded
/// migration not yet applied, each in its own transaction. A database that is newer than the build is refused rather
/// than guessed at.
/// </summary>
public sealed partial class SqliteMigrator(SqliteConnectionFactory connections, TimeProvider clock, ILogger<SqliteMigrator> logger) : IStoreMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = EmbeddedMigrations.For("sqlite");
        SqliteFileAccess.RestrictToOwner(connections.DatabasePath);
        await using var connection = await connections.OpenAsync(cancellationToken);

        // WAL lets readers (polling clients, streams) continue while a turn writes; the mode is stored in the file.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT;
            """,
            cancellationToken: cancellationToken));

        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();

        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var unknown = applied.Where(version => version > newest).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database '{connections.DatabasePath}' has schema version {unknown.Max()}, newer than this build knows ({newest}). Deploy the newer build, or restore a matching backup.");
        }

        foreach (var migration in migrations.Where(migration => !applied.Contains(migration.Version)))
        {
            await ApplyAsync(connection, migration, cancellationToken);
            LogApplied(migration.Version, migration.Name);
        }
    }

    private async Task ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { migration.Version, migration.Name, AppliedAt = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private partial void LogApplied(int version, string name);
}
