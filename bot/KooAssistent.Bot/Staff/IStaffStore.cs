namespace KooAssistent.Bot.Staff;

/// <summary>Staff accounts and their sign-in failures.</summary>
public interface IStaffStore
{
    /// <returns>False when the username is taken.</returns>
    Task<bool> AddAsync(string username, StaffRole role, string? team, string passwordHash, CancellationToken cancellationToken);

    Task<StaffAccount?> FindAsync(string username, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken);

    Task RecordFailureAsync(string username, int lockAfter, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    Task ResetFailuresAsync(string username, CancellationToken cancellationToken);
}
