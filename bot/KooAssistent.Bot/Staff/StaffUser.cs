using System.Security.Claims;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Staff;

/// <summary>The signed-in staff member, read from the session cookie's claims.</summary>
public sealed record StaffUser(string Username, StaffRole Role, string? Team, string CsrfToken)
{
    public const string RoleClaim = "koo:role";
    public const string TeamClaim = "koo:team";
    public const string CsrfClaim = "koo:csrf";
    public const string StampClaim = "koo:stamp";

    /// <summary>How the session was signed in: absent for a password, <see cref="ViaIdentityProvider"/> otherwise.</summary>
    public const string ViaClaim = "koo:via";

    public const string ViaIdentityProvider = "oidc";

    /// <summary>The session's id in <see cref="IStaffSessionStore"/>: 128 random bits, new at every sign-in.</summary>
    public const string SessionClaim = "koo:session";

    /// <summary>When the session was signed in (Unix milliseconds), for its absolute lifetime.</summary>
    public const string SignedInClaim = "koo:signed-in";

    public static StaffUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.Name) is not { } name
            || !Enum.TryParse<StaffRole>(principal.FindFirstValue(RoleClaim), out var role) || principal.FindFirstValue(CsrfClaim) is not { } csrf)
        {
            return null;
        }

        return new StaffUser(name, role, principal.FindFirstValue(TeamClaim), csrf);
    }

    /// <summary>Whether this person may see and work the ticket: coordinators all, medewerkers their own team and the shared queue.</summary>
    public bool MayWork(string ticketTeam) =>
        Role == StaffRole.Coordinator || (Role == StaffRole.Medewerker && (ticketTeam == Handoff.TeamDirectory.Unknown || string.Equals(ticketTeam, Team, StringComparison.OrdinalIgnoreCase)));
}
