using Dapper;
using KooAssistent.Storage.Migrations;
using Npgsql;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the schema this build expects with the embedded <c>postgres</c> migrations, which
/// carry the same version numbers as the SQLite ones. Several instances may start at once: one transaction holds an
/// advisory lock while it migrates, so the others wait and then find nothing left to do. A database newer than the
/// build is refused rather than guessed at.
/// </summary>
public sealed partial class PostgresMigrator(PostgresDatabase database, TimeProvider clock, ILogger<PostgresMigrator> logger) : IStoreMigrator
{
    // Any constant shared by all instances of this program; "koo-migrations" in ASCII, as a 64-bit number.
    private const long MigrationLock = 0x6B6F6F2D6D696772;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = EmbeddedMigrations.For("postgres");
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    BIGINT NOT NULL PRIMARY KEY,
                name       TEXT   NOT NULL,
                applied_at BIGINT NOT NULL
            )
            """,
            transaction: transaction,
            cancellationToken: cancellationToken));

        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        var unknown = applied.Where(version => version > newest).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database '{connection.Database}' has schema version {unknown.Max()}, newer than this build knows ({newest}). Deploy the newer build, or restore a matching backup.");
        }

        // All pending migrations in the one transaction: PostgreSQL's DDL is transactional, so a failure leaves the
        // schema as it was instead of half migrated.
        foreach (var migration in migrations.Where(migration => !applied.Contains(migration.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { Version = (long)migration.Version, migration.Name, AppliedAt = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken));
            LogApplied(migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied PostgreSQL migration {Version} ({Name})")]
    private partial void LogApplied(int version, string name);
}
