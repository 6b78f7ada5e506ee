namespace KooAssistent.Storage.Staff;

/// <summary>
/// The staff sessions the server knows: added at sign-in, removed at sign-out or when the session is found ended.
/// A cookie is only as good as its session's entry here, so signing out also ends every copy of the cookie.
/// </summary>
public interface IStaffSessionStore
{
    /// <summary>Adds a session until <paramref name="expiresAt"/> (its absolute end) and forgets sessions past theirs.</summary>
    Task AddAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task RemoveAsync(string sessionId, CancellationToken cancellationToken);

    Task<bool> IsActiveAsync(string sessionId, CancellationToken cancellationToken);
}
