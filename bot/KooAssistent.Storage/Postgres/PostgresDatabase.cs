using System.Data.Common;
using Npgsql;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// A PostgreSQL database as an <see cref="IStoreDatabase"/>. Unlike SQLite there is no process-wide write gate:
/// PostgreSQL takes row locks itself, and several bot instances write to the same database.
/// </summary>
public sealed class PostgresDatabase(NpgsqlDataSource dataSource) : IStoreDatabase
{
    public NpgsqlDataSource DataSource => dataSource;

    public SqlDialect Dialect => SqlDialect.Postgres;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await dataSource.OpenConnectionAsync(cancellationToken);

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return StoreTelemetry.TimeWriteAsync("postgresql", CommitAsync(write, cancellationToken));
    }

    private async Task<T> CommitAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
