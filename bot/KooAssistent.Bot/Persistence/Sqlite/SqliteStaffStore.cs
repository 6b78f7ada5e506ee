using Dapper;
using KooAssistent.Bot.Staff;

namespace KooAssistent.Bot.Persistence.Sqlite;

/// <summary>Staff accounts in SQLite.</summary>
public sealed class SqliteStaffStore(SqliteConnectionFactory connections, TimeProvider clock) : IStaffStore
{
    public async Task<bool> AddAsync(string username, StaffRole role, string? team, string passwordHash, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        var added = await write.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO staff_accounts (username, role, team, password_hash, created_at)
            VALUES (@username, @Role, @team, @passwordHash, @now)
            ON CONFLICT (username) DO NOTHING
            """,
            new { username, Role = role.ToString(), team, passwordHash, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return added == 1;
    }

    public async Task<StaffAccount?> FindAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            "SELECT username, role, team, password_hash AS PasswordHash, failed_attempts AS FailedAttempts, locked_until AS LockedUntil FROM staff_accounts WHERE username = @username",
            new { username },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new StaffAccount(row.Username, Enum.Parse<StaffRole>(row.Role), row.Team, row.PasswordHash, (int)row.FailedAttempts, row.LockedUntil is { } until ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null);
    }

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccountRow>(new CommandDefinition(
            "SELECT username, role, team, password_hash AS PasswordHash, failed_attempts AS FailedAttempts, locked_until AS LockedUntil FROM staff_accounts ORDER BY username",
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new StaffAccount(row.Username, Enum.Parse<StaffRole>(row.Role), row.Team, row.PasswordHash, (int)row.FailedAttempts, row.LockedUntil is { } until ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null))];
    }

    public async Task RecordFailureAsync(string username, int lockAfter, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE staff_accounts
            SET failed_attempts = failed_attempts + 1,
                locked_until = CASE WHEN failed_attempts + 1 >= @lockAfter THEN @Until ELSE locked_until END
            WHERE username = @username
            """,
            new { username, lockAfter, Until = lockUntil.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    public async Task ResetFailuresAsync(string username, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE username = @username",
            new { username },
            cancellationToken: cancellationToken));
    }

    private sealed record AccountRow(string Username, string Role, string? Team, string PasswordHash, long FailedAttempts, long? LockedUntil);
}
