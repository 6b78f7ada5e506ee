namespace KooAssistent.Bot.Staff;

/// <summary>A staff account; the password is only ever stored as a salted PBKDF2 hash.</summary>
public sealed record StaffAccount(string Username, StaffRole Role, string? Team, string PasswordHash, int FailedAttempts, DateTimeOffset? LockedUntil);
