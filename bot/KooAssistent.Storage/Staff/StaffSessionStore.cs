using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace KooAssistent.Storage.Staff;

/// <summary>
/// Staff sessions (the same SQL on every provider), by the SHA-256 of their id (so a copy of the database names no live session), with
/// their absolute end; sessions past it are deleted at every sign-in.
/// </summary>
public abstract class StaffSessionStore(IStoreDatabase database, TimeProvider clock) : IStaffSessionStore
{
    public async Task AddAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM staff_sessions WHERE expires_at <= @now",
                    new { now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken: cancellationToken));
                return await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO staff_sessions (session_hash, expires_at) VALUES (@hash, @expires)",
                    new { hash = Hash(sessionId), expires = expiresAt.ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken: cancellationToken));
            },
            cancellationToken);
    }

    public async Task RemoveAsync(string sessionId, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM staff_sessions WHERE session_hash = @hash", new { hash = Hash(sessionId) }, transaction, cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public async Task<bool> IsActiveAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
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
