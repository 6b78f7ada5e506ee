namespace KooAssistent.Bot.Staff;

/// <summary>
/// Staff accounts and their sign-in failures. Every change below renews what it must of the security stamp and
/// writes who did it to the audit log in the same transaction; each returns false when there is no such account.
/// </summary>
public interface IStaffStore
{
    /// <returns>False when the username is taken.</returns>
    Task<bool> AddAsync(string username, StaffRole role, string? team, string passwordHash, CancellationToken cancellationToken);

    Task<StaffAccount?> FindAsync(string username, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken);

    Task RecordFailureAsync(string username, int lockAfter, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    Task ResetFailuresAsync(string username, CancellationToken cancellationToken);

    /// <summary>Refuses the account's sign-ins and ends its sessions (renews the stamp).</summary>
    Task<bool> DisableAsync(string username, string actor, CancellationToken cancellationToken);

    Task<bool> EnableAsync(string username, string actor, CancellationToken cancellationToken);

    /// <summary>Stores a new password hash, clears failures and lock, and ends every session (renews the stamp).</summary>
    Task<bool> SetPasswordHashAsync(string username, string passwordHash, string actor, CancellationToken cancellationToken);

    /// <summary>Sets role and team; the account's sessions end when either actually changes.</summary>
    Task<bool> ChangeRoleAsync(string username, StaffRole role, string? team, string actor, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string username, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the account holds conversations a resident is waiting in: while it does, deleting it would leave them
    /// held by nobody (the bot stays silent while a worker holds a conversation), so it is refused.
    /// </summary>
    Task<bool> HoldsTicketsAsync(string username, CancellationToken cancellationToken);
}
