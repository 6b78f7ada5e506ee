using KooAssistent.Bot.Handoff;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// A beheerder's changes to an existing account: disable, enable, reset the password, change role, team and display
/// name, delete. Each ends the account's sessions where it must (through the security stamp) and is audited. A beheerder
/// cannot disable, delete or demote their own account, so the console always keeps a beheerder who can act.
/// </summary>
public static class AccountChangeEndpoints
{
    public static void Map(RouteGroupBuilder accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        accounts.MapPost("/{username}/disable", DisableAsync).AddEndpointFilter<CsrfFilter>();
        accounts.MapPost("/{username}/enable", EnableAsync).AddEndpointFilter<CsrfFilter>();
        accounts.MapPost("/{username}/password", ResetPasswordAsync).AddEndpointFilter<CsrfFilter>();
        accounts.MapPut("/{username}", ChangeRoleAsync).AddEndpointFilter<CsrfFilter>();
        accounts.MapDelete("/{username}", DeleteAsync).AddEndpointFilter<CsrfFilter>();
    }

    private static async Task<IResult> DisableAsync(string username, HttpContext http, IStaffStore store, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var actor = Actor(http);
        if (IsSelf(username, actor))
        {
            return Conflict("You cannot disable your own account; ask another beheerder.");
        }

        var disabled = await store.DisableAsync(username, actor, cancellationToken);
        if (disabled)
        {
            // The conversations the account held are back in the queues (a coordinator may have held any team's).
            changes.Publish(Change.AllTickets);
        }

        return Done(disabled, username);
    }

    private static async Task<IResult> EnableAsync(string username, HttpContext http, IStaffStore store, CancellationToken cancellationToken) =>
        Done(await store.EnableAsync(username, Actor(http), cancellationToken), username);

    private static async Task<IResult> ResetPasswordAsync(string username, HttpContext http, IStaffStore store, CancellationToken cancellationToken)
    {
        var actor = Actor(http);
        if (IsSelf(username, actor))
        {
            // A reset needs no current password; for one's own account that would let a stolen session take it over.
            return Conflict("Change your own password under /staff/api/me/password, with your current password.");
        }

        var body = await StaffRequestBody.ReadAsync(http.Request, StaffJsonContext.Default.PasswordRequest, cancellationToken);
        if (body is not { Password: not null })
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"password\"} as JSON.");
        }

        if (!AccountRules.IsAcceptablePassword(body.Password))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "WeakPassword", AccountRules.PasswordRule);
        }

        if (await store.FindAsync(username, cancellationToken) is { } account && Oidc.ExternalAccount.IsExternal(account))
        {
            // A password would turn the provider's account into a local one that the provider no longer controls.
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "ExternalAccount", "This account signs in through the municipality's identity provider and has no password here.");
        }

        return Done(await store.SetPasswordHashAsync(username, PasswordHasher.Hash(body.Password), actor, cancellationToken), username);
    }

    private static async Task<IResult> ChangeRoleAsync(string username, HttpContext http, IStaffStore store, TeamDirectory teams, CancellationToken cancellationToken)
    {
        var body = await StaffRequestBody.ReadAsync(http.Request, StaffJsonContext.Default.RoleRequest, cancellationToken);
        if (body is null || !AccountRules.TryParseRole(body.Role, out var role))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"role\" (medewerker|coordinator|beheerder|redacteur), \"team\", \"displayName\"} as JSON.");
        }

        string? displayName = null;
        if (body.DisplayName is not null && !AccountRules.TryNormaliseDisplayName(body.DisplayName, out displayName))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", AccountRules.DisplayNameRule);
        }

        if (AccountRules.RefuseTeam(body.Team, teams.Known, out var team) is { } refusal)
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "UnknownTeam", refusal);
        }

        if (role == StaffRole.Medewerker && team is null)
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "A medewerker needs a team.");
        }

        var actor = Actor(http);
        if (IsSelf(username, actor) && role != StaffRole.Beheerder)
        {
            return Conflict("You cannot take the beheerder role from your own account; ask another beheerder.");
        }

        return Done(await store.ChangeRoleAsync(username, role, team, displayName, actor, cancellationToken), username);
    }

    private static async Task<IResult> DeleteAsync(string username, HttpContext http, IStaffStore store, CancellationToken cancellationToken)
    {
        var actor = Actor(http);
        if (IsSelf(username, actor))
        {
            return Conflict("You cannot delete your own account; ask another beheerder.");
        }

        if (await store.HoldsTicketsAsync(username, cancellationToken))
        {
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "HoldsTickets", $"'{username}' still holds conversations residents are waiting in. Hand them back or resolve them first; disabling the account is possible now.");
        }

        return Done(await store.DeleteAsync(username, actor, cancellationToken), username);
    }

    // The group's filters guarantee a signed-in beheerder here.
    private static string Actor(HttpContext http) => StaffUser.From(http.User)!.Username;

    // Usernames are case-sensitive in the store, so "Anna" is another account than "anna".
    private static bool IsSelf(string username, string actor) => string.Equals(username, actor, StringComparison.Ordinal);

    private static IResult Conflict(string message) => StaffErrors.Problem(StatusCodes.Status409Conflict, "OwnAccount", message);

    private static IResult Done(bool found, string username) =>
        found ? Results.NoContent() : StaffErrors.Problem(StatusCodes.Status404NotFound, "NotFound", $"There is no account '{username}'.");
}
