using System.Security.Cryptography;
using System.Text;
using Dapper;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// Staff sessions in SQLite, by the SHA-256 of their id (so a copy of the database names no live session), with
/// their absolute end; sessions past it are deleted at every sign-in.
/// </summary>
public sealed class SqliteStaffSessionStore(SqliteConnectionFactory connections, TimeProvider clock) : IStaffSessionStore
{
    public async Task AddAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await using var transaction = write.Connection.BeginTransaction(deferred: false);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM staff_sessions WHERE expires_at <= @now",
            new { now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken));
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO staff_sessions (session_hash, expires_at) VALUES (@hash, @expires)",
            new { hash = Hash(sessionId), expires = expiresAt.ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM staff_sessions WHERE session_hash = @hash", new { hash = Hash(sessionId) }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsActiveAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM staff_sessions WHERE session_hash = @hash AND expires_at > @now",
            new { hash = Hash(sessionId), now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken)) > 0;
    }

    private static string Hash(string sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));
    }
}
