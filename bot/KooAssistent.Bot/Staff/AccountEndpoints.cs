using KooAssistent.Bot.Handoff;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Account management for beheerders: list accounts and create new ones (the same rules as <c>koo staff add</c>:
/// a display name for residents, a medewerker needs a team (a known Buurtteam, by id or name), a password has at least 12 characters and is only
/// stored hashed); the changes to
/// an existing account are in <see cref="AccountChangeEndpoints"/>.
/// </summary>
public static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").RequireAuthorization().AddEndpointFilter<BeheerderOnlyFilter>();
        accounts.MapGet("/", ListAsync);
        accounts.MapPost("/", CreateAsync).AddEndpointFilter<CsrfFilter>();
        accounts.MapGet("/teams", (TeamDirectory teams) => Results.Json(teams.Known.Names.ToList(), StaffJsonContext.Default.ListString));
        AccountChangeEndpoints.Map(accounts);
    }

    private static async Task<IResult> ListAsync(IStaffStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var list = await store.ListAsync(cancellationToken);
        return Results.Json(
            list.Select(account => new AccountDto(account.Username, account.DisplayName, account.Role.ToString(), account.Team, account.LockedUntil > now, account.DisabledAt is not null)).ToList(),
            StaffJsonContext.Default.ListAccountDto);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, IStaffStore store, TeamDirectory teams, CancellationToken cancellationToken)
    {
        var body = await StaffRequestBody.ReadAsync(http.Request, StaffJsonContext.Default.NewAccountRequest, cancellationToken);
        if (body is not { Username.Length: > 0 and <= 100, Password: not null } || body.Username.Any(character => !char.IsLetterOrDigit(character) && character is not ('.' or '-' or '_'))
            || !AccountRules.TryParseRole(body.Role, out var role))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"username\", \"displayName\", \"role\" (medewerker|coordinator|beheerder|redacteur), \"team\", \"password\"}.");
        }

        if (!AccountRules.TryNormaliseDisplayName(body.DisplayName, out var displayName))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", AccountRules.DisplayNameRule);
        }

        if (role == StaffRole.Medewerker && string.IsNullOrWhiteSpace(body.Team))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "A medewerker needs a team.");
        }

        if (AccountRules.RefuseTeam(body.Team, teams.Known, out var team) is { } refusal)
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "UnknownTeam", refusal);
        }

        if (!AccountRules.IsAcceptablePassword(body.Password))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "WeakPassword", AccountRules.PasswordRule);
        }

        return await store.AddAsync(body.Username, displayName, role, team, PasswordHasher.Hash(body.Password), cancellationToken)
            ? Results.Created($"/staff/api/accounts/{Uri.EscapeDataString(body.Username)}", null)
            : StaffErrors.Problem(StatusCodes.Status409Conflict, "Exists", "That username is taken.");
    }
}
