using System.Data.Common;

namespace KooAssistent.Storage;

/// <summary>
/// One provider's connections as the provider-neutral stores need them: a connection to read, and a write
/// transaction that is committed when the delegate returns (and rolled back when it throws).
/// </summary>
public interface IStoreDatabase
{
    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken);
}
