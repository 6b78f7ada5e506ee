using KooAssistent.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KooAssistent.Testing;

/// <summary>A <see cref="PostgresTestSchema"/> opened as the bot's stores open PostgreSQL: one data source, one <see cref="PostgresDatabase"/>.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly PostgresTestSchema schema = new();
    private readonly NpgsqlDataSource dataSource;

    public PostgresTestDatabase()
    {
        dataSource = NpgsqlDataSource.Create(schema.ConnectionString);
        Database = new PostgresDatabase(dataSource);
    }

    /// <inheritdoc cref="PostgresTestSchema.ConnectionString"/>
    public string ConnectionString => schema.ConnectionString;

    public PostgresDatabase Database { get; }

    public PostgresMigrator NewMigrator() => new(Database, new ManualClock(), NullLogger<PostgresMigrator>.Instance);

    public Task MigrateAsync() => NewMigrator().MigrateAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        // The data source first: its pooled connections into the schema would keep the drop waiting.
        await dataSource.DisposeAsync();
        await schema.DisposeAsync();
    }
}
