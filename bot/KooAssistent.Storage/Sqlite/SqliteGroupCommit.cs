using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// The one writer of the hot write paths (group commit). Callers queue a write; the writer takes every write that is
/// waiting, runs each in its own savepoint inside one <c>BEGIN IMMEDIATE</c> transaction, commits once — one fsync
/// with <c>synchronous = FULL</c> — and only then answers each caller. Before, every write waited alone for its own
/// fsync behind the write gate, and concurrent residents queued there (README, "Where a turn's time goes").
/// </summary>
/// <remarks>
/// A write that throws is rolled back to its savepoint and fails alone; the others in the batch still commit. A
/// failed commit fails every write of the batch. Readers never wait for this writer: they use their own connections
/// and, in WAL mode, see the last commit. The writer holds the factory's write gate while it runs a batch, so the
/// writes that still open their own write connection (staff accounts, erasure, retention) take turns with it.
/// </remarks>
public sealed class SqliteGroupCommit : IDisposable
{
    // Enough to take everything one busy moment brings (50 residents each with one write in flight) without one
    // batch's transaction growing without bound while later callers wait for it.
    private const int MaxBatch = 256;

    private static readonly Meter Meter = new(StoreTelemetry.Name);
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("koo.storage.group_commit.batch_size", "{write}", "Writes committed together in one transaction.");
    private static readonly Histogram<double> CommitTime = Meter.CreateHistogram<double>("koo.storage.group_commit.duration", "ms", "Time from BEGIN to durable COMMIT of one batch.");
    private static readonly Histogram<double> QueueTime = Meter.CreateHistogram<double>("koo.storage.group_commit.wait", "ms", "Time a write waited for its batch to begin.");

    private readonly SqliteConnectionFactory connections;
    private readonly SemaphoreSlim writeGate;
    private readonly Channel<IQueuedWrite> queue = Channel.CreateUnbounded<IQueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> loop;
    private SqliteConnection? connection;

    internal SqliteGroupCommit(SqliteConnectionFactory connections, SemaphoreSlim writeGate)
    {
        this.connections = connections;
        this.writeGate = writeGate;
        loop = new Lazy<Task>(() => Task.Run(RunAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Runs <paramref name="write"/> inside the next batch's transaction and returns its result once that transaction
    /// is durable. The write must use the connection and transaction it is given, pass the transaction to every
    /// command, and neither open another write connection nor queue another write (the writer is busy running it).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        var queued = new QueuedWrite<T>(write, cancellationToken);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(queued), this);

        _ = loop.Value;
        // Timed here, not by the callers, so every SQLite write counts once: the conversation store's turn writes
        // come straight to the group commit and were not counted at all.
        return StoreTelemetry.TimeWriteAsync("sqlite", queued.Task);
    }

    public void Dispose()
    {
        queue.Writer.TryComplete();
        if (loop.IsValueCreated)
        {
            // Writes already queued still run, so nothing a caller is waiting for is dropped at shutdown.
            loop.Value.Wait(TimeSpan.FromSeconds(10));
        }

        connection?.Dispose();
        connection = null;
    }

    private async Task RunAsync()
    {
        var batch = new List<IQueuedWrite>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            await writeGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await CommitAsync(batch).ConfigureAwait(false);
            }
            finally
            {
                writeGate.Release();
            }
        }
    }

    private async Task CommitAsync(List<IQueuedWrite> batch)
    {
        var begun = Stopwatch.GetTimestamp();
        try
        {
            connection ??= await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            var ran = 0;
            foreach (var write in batch)
            {
                QueueTime.Record(Stopwatch.GetElapsedTime(write.QueuedAt, begun).TotalMilliseconds);
                if (await write.RunAsync(connection, transaction).ConfigureAwait(false))
                {
                    ran++;
                }
            }

            // Microsoft.Data.Sqlite commits synchronously; with synchronous = FULL this is where the log is fsynced.
            transaction.Commit();
            BatchSize.Record(ran);
            CommitTime.Record(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
            foreach (var write in batch)
            {
                write.Answer();
            }
        }
#pragma warning disable CA1031 // Whatever went wrong is handed to every caller of the batch; the writer must keep running.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Nothing of the batch is durable: a savepoint could not be rolled back, or the commit failed. A fresh
            // connection next time, so no half-finished transaction survives on this one.
            connection?.Dispose();
            connection = null;
            foreach (var write in batch)
            {
                write.Fail(exception);
            }
        }
    }

    private interface IQueuedWrite
    {
        long QueuedAt { get; }

        /// <summary>Runs the write in its own savepoint; false when it was cancelled before it began.</summary>
        Task<bool> RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        /// <summary>After the commit: the result, or the write's own exception.</summary>
        void Answer();

        /// <summary>The batch did not commit.</summary>
        void Fail(Exception exception);
    }

    private sealed class QueuedWrite<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken) : IQueuedWrite
    {
        private const string Savepoint = "queued_write";

        // Every write opens and releases its savepoint; prepared once on the writer's connection instead of a new command
        // each time (SqliteTransaction.Save and Release build one), ~1.8 KB a write (README, issue #12).
        private static readonly SqliteStatement Open = new($"SAVEPOINT {Savepoint}");
        private static readonly SqliteStatement Release = new($"RELEASE {Savepoint}");

        // Continuations run elsewhere, never on the writer while it commits the next batch.
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? failure;

        public long QueuedAt { get; } = Stopwatch.GetTimestamp();

        public Task<T> Task => completion.Task;

        public async Task<bool> RunAsync(SqliteConnection connection, SqliteTransaction transaction)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                failure = new OperationCanceledException(cancellationToken);
                return false;
            }

            Open.On(connection, transaction).ExecuteNonQuery();
            try
            {
                result = await write(connection, transaction).ConfigureAwait(false);
                Release.On(connection, transaction).ExecuteNonQuery();
            }
#pragma warning disable CA1031 // The write's exception is its caller's, handed over after the commit.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception;

                // Throws when SQLite already rolled back the whole transaction (a full disk, an I/O error); the batch
                // then fails as a whole.
                transaction.Rollback(Savepoint);
                transaction.Release(Savepoint);
            }

            return true;
        }

        public void Answer()
        {
            if (failure is null)
            {
                completion.TrySetResult(result!);
            }
            else if (failure is OperationCanceledException canceled)
            {
                completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                completion.TrySetException(failure);
            }
        }

        public void Fail(Exception exception) => completion.TrySetException(failure ?? exception);
    }
}
