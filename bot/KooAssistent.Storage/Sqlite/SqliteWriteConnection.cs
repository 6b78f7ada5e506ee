using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>A connection that holds the database's write gate until it is disposed.</summary>
public sealed class SqliteWriteConnection : IAsyncDisposable
{
    private readonly SemaphoreSlim gate;

    internal SqliteWriteConnection(SqliteConnection connection, SemaphoreSlim gate)
    {
        Connection = connection;
        this.gate = gate;
    }

    public SqliteConnection Connection { get; }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            gate.Release();
        }
    }
}
