namespace KooAssistent.Bot.Staff;

/// <summary>Configuration section <c>Staff</c>: lockout and session lifetime of the staff console.</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>Failed sign-ins in a row before the account locks.</summary>
    public int LockAfterFailures { get; set; } = 5;

    public int LockMinutes { get; set; } = 15;

    /// <summary>A session ends after this much inactivity.</summary>
    public int SessionMinutes { get; set; } = 480;
}
