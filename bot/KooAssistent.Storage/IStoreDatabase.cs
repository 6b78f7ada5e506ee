using System.Data.Common;

namespace KooAssistent.Storage;

/// <summary>
/// One provider's connections as the provider-neutral stores need them: a connection to read, and a write
/// transaction that is committed when the delegate returns (and rolled back when it throws).
/// </summary>
/// <remarks>
/// Rows read with Dapper into a positional record: Dapper picks the record's constructor by the column types the
/// reader reports, from the first row (and in <c>QueryAsync</c> before any row is read). On SQLite, a NULL, or no row at
/// all, is reported by the column's declared type, and an expression column (max, coalesce, json_extract, arithmetic,
/// a CAST) has none, so it reads as a blob and no constructor matches. A table's column keeps its declared type, also
/// through a subquery or as a one-column sub-select (measured 2026-12-07); a query with an expression column that can
/// be NULL, or that can return no row, reads into a class filled by property instead (as <c>InboxStore</c> does).
/// </remarks>
public interface IStoreDatabase
{
    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken);
}
