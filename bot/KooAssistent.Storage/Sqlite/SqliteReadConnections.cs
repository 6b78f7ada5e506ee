using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// Read connections the store keeps open, so the statements of a turn's reads stay prepared on them
/// (<see cref="SqliteStatement"/>). A pooled connection cannot keep them: Microsoft.Data.Sqlite finalises a
/// connection's commands whenever it goes back to its pool, and opening one (with its pragmas) allocated more than the
/// read it served (README, issue #12). The database is in WAL mode, so these readers never wait for the writer and it
/// never waits for them: each read sees the last commit.
/// </summary>
/// <remarks>
/// A read takes an idle connection, or opens one when all are busy (concurrent turns, streams and polls), and has it
/// to itself until it returns; only then may another read use its commands. Up to <c>kept</c> idle connections are
/// kept; one more is closed. A read that fails closes its connection instead of returning it, since whatever failed may
/// have left it or a statement on it in a state nobody can vouch for. Between reads a connection holds no snapshot (its
/// statements are reset when their readers close), so it never keeps a checkpoint from truncating the log.
/// </remarks>
internal sealed class SqliteReadConnections(Func<CancellationToken, Task<SqliteConnection>> open, int kept) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Stack<SqliteConnection> idle = new();
    private bool disposed;
    private int opened;

    /// <summary>Connections open now, idle or reading.</summary>
    internal int Open => Volatile.Read(ref opened);

    /// <summary>
    /// Runs <paramref name="read"/> on a read connection of its own for as long as it runs. The read is synchronous, as
    /// every SQLite call is underneath Microsoft.Data.Sqlite's async methods.
    /// </summary>
    public async Task<T> ReadAsync<TState, T>(TState state, Func<SqliteConnection, TState, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = TakeIdle() ?? await OpenAsync(cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            result = read(connection, state);
        }
        catch
        {
            Close(connection);
            throw;
        }

        Return(connection);
        return result;
    }

    public void Dispose()
    {
        SqliteConnection[] closing;
        lock (gate)
        {
            disposed = true;
            closing = [.. idle];
            idle.Clear();
        }

        // Connections out on a read are closed when they come back.
        foreach (var connection in closing)
        {
            Close(connection);
        }
    }

    private SqliteConnection? TakeIdle()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return idle.TryPop(out var connection) ? connection : null;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await open(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref opened);
        return connection;
    }

    private void Return(SqliteConnection connection)
    {
        lock (gate)
        {
            if (!disposed && idle.Count < kept)
            {
                idle.Push(connection);
                return;
            }
        }

        Close(connection);
    }

    private void Close(SqliteConnection connection)
    {
        Interlocked.Decrement(ref opened);
        connection.Dispose();
    }
}
