using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// What the session cookie holds: who, with which role and team, the CSRF token, the account's security stamp at
/// sign-in, which <see cref="StaffSessionValidator"/> compares with the store on every request, and the session's id
/// (listed in <see cref="IStaffSessionStore"/> from sign-in to sign-out) and time of sign-in.
/// </summary>
public static class StaffSession
{
    /// <summary>A new session id: 128 random bits.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static ClaimsPrincipal Principal(StaffAccount account, string csrfToken, string sessionId, DateTimeOffset signedInAt)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Username),
            new(StaffUser.RoleClaim, account.Role.ToString()),
            new(StaffUser.CsrfClaim, csrfToken),
            new(StaffUser.StampClaim, account.SecurityStamp),
            new(StaffUser.SessionClaim, sessionId),
            new(StaffUser.SignedInClaim, signedInAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        };
        if (account.Team is { } team)
        {
            claims.Add(new Claim(StaffUser.TeamClaim, team));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffExtensions.Scheme));
    }
}
