namespace KooAssistent.Storage.Staff;

/// <summary>
/// A staff account; the password is only ever stored as a salted PBKDF2 hash. A session is valid only while the
/// account is enabled and its <see cref="SecurityStamp"/> is the one the session was signed in with. Residents see
/// <see cref="DisplayName"/> and <see cref="PublicId"/>, never <see cref="Username"/>.
/// </summary>
public sealed record StaffAccount(
    string Username,
    StaffRole Role,
    string? Team,
    string PasswordHash,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? DisabledAt,
    string SecurityStamp,
    string DisplayName,
    string PublicId);
