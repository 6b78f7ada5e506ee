using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using KooAssistent.Storage.Staff;

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

    /// <summary>A new CSRF token: 256 random bits, base64url.</summary>
    public static string NewCsrfToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Lists a new session with the server and returns what its cookie holds, with a new CSRF token.
    /// <paramref name="via"/> names how the person signed in (<see cref="StaffUser.ViaIdentityProvider"/>) or is null
    /// for a password.
    /// </summary>
    public static async Task<ClaimsPrincipal> StartAsync(IStaffSessionStore sessions, StaffAccount account, DateTimeOffset now, int absoluteMinutes, string? via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var session = NewId();
        await sessions.AddAsync(session, now.AddMinutes(absoluteMinutes), cancellationToken);
        return Principal(account, NewCsrfToken(), session, now, via);
    }

    public static ClaimsPrincipal Principal(StaffAccount account, string csrfToken, string sessionId, DateTimeOffset signedInAt, string? via = null)
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
        if (via is not null)
        {
            claims.Add(new Claim(StaffUser.ViaClaim, via));
        }

        if (account.Team is { } team)
        {
            claims.Add(new Claim(StaffUser.TeamClaim, team));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffExtensions.Scheme));
    }
}
