using System.Security.Claims;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// What the session cookie holds: who, with which role and team, the CSRF token, and the account's security stamp at
/// sign-in, which <see cref="StaffSessionValidator"/> compares with the store on every request.
/// </summary>
public static class StaffSession
{
    public static ClaimsPrincipal Principal(StaffAccount account, string csrfToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Username),
            new(StaffUser.RoleClaim, account.Role.ToString()),
            new(StaffUser.CsrfClaim, csrfToken),
            new(StaffUser.StampClaim, account.SecurityStamp),
        };
        if (account.Team is { } team)
        {
            claims.Add(new Claim(StaffUser.TeamClaim, team));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffExtensions.Scheme));
    }
}
