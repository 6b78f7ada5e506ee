using System.Data.Common;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// The SQLite file as an <see cref="IStoreDatabase"/>. Writes go through the group commit: each in its own savepoint,
/// answered once the batch it shares a commit with is durable.
/// </summary>
public sealed class SqliteDatabase(SqliteConnectionFactory connections) : IStoreDatabase
{
    public SqlDialect Dialect => SqlDialect.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await connections.OpenAsync(cancellationToken);

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return connections.GroupCommit.WriteAsync((connection, transaction) => write(connection, transaction), cancellationToken);
    }
}
