using System.Security.Cryptography;
using Dapper;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage.Staff;

/// <summary>
/// Staff accounts, in SQL that SQLite and PostgreSQL both run; each provider hands in its <see cref="IStoreDatabase"/>.
/// Changes to an account and their audit line are one transaction; the audit log has no
/// column for an account, so the action names it: <c>account-disabled:anna</c> (usernames hold no ':').
/// </summary>
public abstract class StaffStore(IStoreDatabase database, TimeProvider clock) : IStaffStore, IPasswordUpgradeStore
{
    private const string Columns =
        "username, role, team, password_hash AS PasswordHash, failed_attempts AS FailedAttempts, locked_until AS LockedUntil, disabled_at AS DisabledAt, "
        + "security_stamp AS SecurityStamp, display_name AS DisplayName, public_id AS PublicId";

    public async Task<bool> AddAsync(string username, string displayName, StaffRole role, string? team, string passwordHash, CancellationToken cancellationToken)
    {
        var added = await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO staff_accounts (username, display_name, public_id, role, team, password_hash, created_at, security_stamp)
            VALUES (@username, @displayName, @publicId, @Role, @team, @passwordHash, @now, @stamp)
            ON CONFLICT (username) DO NOTHING
            """,
            new
            {
                username,
                displayName,
                publicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                Role = role.ToString(),
                team,
                passwordHash,
                now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                stamp = SecurityStamp.New(),
            },
            transaction,
            cancellationToken: cancellationToken)), cancellationToken);
        return added == 1;
    }

    public async Task<StaffAccount?> FindAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"SELECT {Columns} FROM staff_accounts WHERE username = @username",
            new { username },
            cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccountRow>(new CommandDefinition(
            $"SELECT {Columns} FROM staff_accounts ORDER BY username",
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToAccount())];
    }

    public async Task<bool> TryCountAttemptAsync(string username, int lockAfter, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        return await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE staff_accounts
            SET failed_attempts = failed_attempts + 1,
                locked_until = CASE WHEN failed_attempts + 1 >= @lockAfter THEN @Until ELSE locked_until END
            WHERE username = @username AND disabled_at IS NULL AND (locked_until IS NULL OR locked_until <= @now)
            """,
            new { username, lockAfter, Until = lockUntil.ToUnixTimeMilliseconds(), now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken)), cancellationToken) == 1;
    }

    public async Task ResetFailuresAsync(string username, CancellationToken cancellationToken)
    {
        await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE username = @username",
            new { username },
            transaction,
            cancellationToken: cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// Disables the account and puts the conversations it held back in the queue, in one transaction: a worker who
    /// can no longer sign in must not keep residents waiting behind a silent bot.
    /// </summary>
    public Task<bool> DisableAsync(string username, string actor, CancellationToken cancellationToken) => ChangeAsync(
        "UPDATE staff_accounts SET disabled_at = COALESCE(disabled_at, @now), security_stamp = @stamp WHERE username = @username",
        username, actor, "account-disabled", cancellationToken, alsoWhenChanged: RequeueHeldTickets);

    public Task<bool> EnableAsync(string username, string actor, CancellationToken cancellationToken) => ChangeAsync(
        "UPDATE staff_accounts SET disabled_at = NULL WHERE username = @username",
        username, actor, "account-enabled", cancellationToken);

    public Task<bool> SetPasswordHashAsync(string username, string passwordHash, string actor, CancellationToken cancellationToken) => ChangeAsync(
        """
        UPDATE staff_accounts
        SET password_hash = @passwordHash, failed_attempts = 0, locked_until = NULL, security_stamp = @stamp
        WHERE username = @username
        """,
        username, actor, actor == username ? "account-password-changed" : "account-password-reset", cancellationToken, new { passwordHash });

    /// <summary>The same password in a newer hash: no session ends, no lock is lifted; the audit line names no hash.</summary>
    public Task<bool> ReplaceAsync(string username, string currentHash, string upgradedHash, CancellationToken cancellationToken) => ChangeAsync(
        "UPDATE staff_accounts SET password_hash = @upgradedHash WHERE username = @username AND password_hash = @currentHash",
        username, PasswordUpgradeActor, "account-password-rehashed", cancellationToken, new { currentHash, upgradedHash });

    public Task<bool> ChangeRoleAsync(string username, StaffRole role, string? team, string? displayName, string actor, CancellationToken cancellationToken) => ChangeAsync(
        """
        UPDATE staff_accounts
        SET security_stamp = CASE WHEN role IS DISTINCT FROM @Role OR team IS DISTINCT FROM @team THEN @stamp ELSE security_stamp END,
            role = @Role,
            team = @team,
            display_name = COALESCE(@displayName, display_name)
        WHERE username = @username
        """,
        username, actor, "account-role-changed", cancellationToken, new { Role = role.ToString(), team, displayName });

    // The guard repeats HoldsTicketsAsync inside the transaction, for a ticket claimed between the check and the delete.
    public Task<bool> DeleteAsync(string username, string actor, CancellationToken cancellationToken) => ChangeAsync(
        "DELETE FROM staff_accounts WHERE username = @username AND NOT EXISTS (SELECT 1 FROM tickets WHERE assigned_to = @username AND status = 'Assigned')",
        username, actor, "account-deleted", cancellationToken);

    public async Task<bool> HoldsTicketsAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM tickets WHERE assigned_to = @username AND status = 'Assigned'",
            new { username },
            cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Puts the account's held conversations back in the queue, with a ticket event each; their handoff facts follow.</summary>
    private static readonly string[] RequeueHeldTickets =
    [
        """
        INSERT INTO ticket_events (ticket_id, at, actor, from_status, to_status, detail)
        SELECT id, @now, @actor, 'Assigned', 'Queued', 'account-disabled' FROM tickets WHERE assigned_to = @username AND status = 'Assigned'
        """,
        Insights.HandoffFacts.RequeueHeldBy,
        "UPDATE tickets SET status = 'Queued', assigned_to = NULL, updated_at = @now WHERE assigned_to = @username AND status = 'Assigned'",
    ];

    /// <summary>
    /// Runs <paramref name="sql"/> on one account and, when it changed that account, the audit entry and
    /// <paramref name="alsoWhenChanged"/>, all in one transaction. Parameters: @username, @actor, @now, @stamp (a new
    /// security stamp) and <paramref name="values"/>.
    /// </summary>
    /// <summary>Who the audit log names for an upgrade at sign-in: the bot itself, not the person signing in.</summary>
    private const string PasswordUpgradeActor = "koo";

    private async Task<bool> ChangeAsync(
        string sql, string username, string actor, string action, CancellationToken cancellationToken, object? values = null, IReadOnlyList<string>? alsoWhenChanged = null)
    {
        var now = clock.GetUtcNow();
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { username, actor, now = now.ToUnixTimeMilliseconds(), stamp = SecurityStamp.New() });
        return await database.WriteAsync(
            async (connection, transaction) =>
            {
                var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
                if (changed == 1)
                {
                    await AuditLog.InsertAsync(connection, transaction, now, actor, $"{action}:{username}", ticketId: null, conversationId: null, cancellationToken);
                    foreach (var step in alsoWhenChanged ?? [])
                    {
                        await connection.ExecuteAsync(new CommandDefinition(step, parameters, transaction, cancellationToken: cancellationToken));
                    }
                }

                return changed == 1;
            },
            cancellationToken);
    }

    private sealed record AccountRow(
        string Username, string Role, string? Team, string PasswordHash, long FailedAttempts, long? LockedUntil, long? DisabledAt, string SecurityStamp, string DisplayName, string PublicId)
    {
        public StaffAccount ToAccount() => new(
            Username, Enum.Parse<StaffRole>(Role), Team, PasswordHash, (int)FailedAttempts, FromMilliseconds(LockedUntil), FromMilliseconds(DisabledAt), SecurityStamp, DisplayName, PublicId);

        private static DateTimeOffset? FromMilliseconds(long? value) => value is { } milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
    }
}
