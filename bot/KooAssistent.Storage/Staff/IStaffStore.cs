namespace KooAssistent.Storage.Staff;

/// <summary>
/// Staff accounts and their sign-in failures. Every change below renews what it must of the security stamp and
/// writes who did it to the audit log in the same transaction; each returns false when there is no such account.
/// </summary>
public interface IStaffStore
{
    /// <summary>Adds an account with a new random public id (what residents see beside <paramref name="displayName"/>).</summary>
    /// <returns>False when the username is taken.</returns>
    Task<bool> AddAsync(string username, string displayName, StaffRole role, string? team, string passwordHash, CancellationToken cancellationToken);

    Task<StaffAccount?> FindAsync(string username, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Counts an attempt before its password is checked, in one guarded update, and locks the account until
    /// <paramref name="lockUntil"/> when this is attempt number <paramref name="lockAfter"/>: of many simultaneous
    /// guesses only as many are checked as the lock allows. A successful attempt is then undone by
    /// <see cref="ResetFailuresAsync"/>.
    /// </summary>
    /// <returns>False, and nothing counted, when the account is locked, disabled or does not exist.</returns>
    Task<bool> TryCountAttemptAsync(string username, int lockAfter, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    Task ResetFailuresAsync(string username, CancellationToken cancellationToken);

    /// <summary>Refuses the account's sign-ins and ends its sessions (renews the stamp).</summary>
    Task<bool> DisableAsync(string username, string actor, CancellationToken cancellationToken);

    Task<bool> EnableAsync(string username, string actor, CancellationToken cancellationToken);

    /// <summary>Stores a new password hash, clears failures and lock, and ends every session (renews the stamp).</summary>
    Task<bool> SetPasswordHashAsync(string username, string passwordHash, string actor, CancellationToken cancellationToken);

    /// <summary>Sets role, team and, when given, the display name; the account's sessions end when role or team actually changes.</summary>
    Task<bool> ChangeRoleAsync(string username, StaffRole role, string? team, string? displayName, string actor, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string username, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the account holds conversations a resident is waiting in: while it does, deleting it would leave them
    /// held by nobody (the bot stays silent while a worker holds a conversation), so it is refused.
    /// </summary>
    Task<bool> HoldsTicketsAsync(string username, CancellationToken cancellationToken);
}
