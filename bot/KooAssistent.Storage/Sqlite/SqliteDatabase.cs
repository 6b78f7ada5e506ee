using System.Data.Common;

namespace KooAssistent.Storage.Sqlite;

/// <summary>The SQLite file as an <see cref="IStoreDatabase"/>: writes take the process's write gate and an immediate transaction.</summary>
public sealed class SqliteDatabase(SqliteConnectionFactory connections) : IStoreDatabase
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await connections.OpenAsync(cancellationToken);

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken);
        await using var transaction = connection.Connection.BeginTransaction(deferred: false);
        var result = await write(connection.Connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
