using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Bot.Staff;

/// <summary>Configuration section <c>Staff</c>: lockout, sign-in throttles, session lifetime and public address of the staff console.</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>Failed sign-ins in a row before the account locks.</summary>
    [Range(1, 100)]
    public int LockAfterFailures { get; set; } = 5;

    [Range(1, 1440)]
    public int LockMinutes { get; set; } = 15;

    /// <summary>A session ends after this much inactivity.</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 480;

    /// <summary>
    /// A session ends this long after sign-in however busy it is, so a stolen cookie is not good for ever: twelve
    /// hours covers a working day with overtime.
    /// </summary>
    [Range(5, 10_080)]
    public int SessionAbsoluteMinutes { get; set; } = 720;

    /// <summary>
    /// Sign-ins per minute from one client address (an IPv6 /64 counts as one), before any password is checked. A
    /// Buurtteam office signs in from one address at nine; thirty in the same minute leaves room for that.
    /// </summary>
    [Range(1, 10_000)]
    public int SignInsPerMinutePerAddress { get; set; } = 30;

    /// <summary>Sign-ins per minute for one account name, existing or not, from any address.</summary>
    [Range(1, 10_000)]
    public int SignInsPerMinutePerAccount { get; set; } = 10;

    /// <summary>
    /// Open event streams (<c>GET /staff/api/events</c>) per account: one per console tab. Each holds a connection and
    /// a listener for as long as the browser keeps it; beyond this a new one is refused (429) until one closes.
    /// </summary>
    [Range(1, 1000)]
    public int EventStreamsPerAccount { get; set; } = 10;

    /// <summary>
    /// The address workers open the console on (e.g. <c>https://koo.example.nl</c>; the console is under <c>/staff/</c>),
    /// for links in messages that leave the console, such as a Teams notification. Required with those, and checked
    /// by them (an empty value from the example settings is no address, not a wrong one).
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
