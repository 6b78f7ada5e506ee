namespace KooAssistent.Bot.Staff;

/// <summary>
/// Account management for beheerders: list accounts and create new ones (the same rules as <c>koo staff add</c>:
/// a medewerker needs a team, a password has at least 12 characters and is only stored hashed).
/// </summary>
public static class AccountEndpoints
{
    public const int MinimumPasswordLength = 12;

    public static void Map(RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").RequireAuthorization();
        accounts.MapGet("/", ListAsync);
        accounts.MapPost("/", CreateAsync).AddEndpointFilter<CsrfFilter>();
    }

    private static async Task<IResult> ListAsync(HttpContext http, IStaffStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (StaffUser.From(http.User) is not { Role: StaffRole.Beheerder })
        {
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only beheerders manage accounts.");
        }

        var now = clock.GetUtcNow();
        var list = await store.ListAsync(cancellationToken);
        return Results.Json(list.Select(account => new AccountDto(account.Username, account.Role.ToString(), account.Team, account.LockedUntil > now)).ToList(), StaffJsonContext.Default.ListAccountDto);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, NewAccountRequest? body, IStaffStore store, CancellationToken cancellationToken)
    {
        if (StaffUser.From(http.User) is not { Role: StaffRole.Beheerder })
        {
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only beheerders manage accounts.");
        }

        if (body is not { Username.Length: > 0 and <= 100, Password: not null } || body.Username.Any(character => !char.IsLetterOrDigit(character) && character is not ('.' or '-' or '_'))
            || !Enum.TryParse<StaffRole>(body.Role, ignoreCase: true, out var role) || int.TryParse(body.Role, out _))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"username\", \"role\" (medewerker|coordinator|beheerder), \"team\", \"password\"}.");
        }

        if (role == StaffRole.Medewerker && string.IsNullOrWhiteSpace(body.Team))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "A medewerker needs a team.");
        }

        if (body.Password.Length < MinimumPasswordLength)
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "WeakPassword", $"The password needs at least {MinimumPasswordLength} characters.");
        }

        return await store.AddAsync(body.Username, role, body.Team, PasswordHasher.Hash(body.Password), cancellationToken)
            ? Results.Created($"/staff/api/accounts/{body.Username}", null)
            : StaffErrors.Problem(StatusCodes.Status409Conflict, "Exists", "That username is taken.");
    }
}
