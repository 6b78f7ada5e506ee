using System.Security.Cryptography;
using KooAssistent.Bot.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Sign-in and sign-out of the staff console. A wrong password and an unknown user get the same answer after the
/// same work, so the endpoint does not reveal which usernames exist; a disabled account gets that answer too, and
/// repeated failures lock an account.
/// </summary>
public static partial class StaffSessionEndpoints
{
    /// <summary>
    /// A username of at most 100 and a password of at most 1,000 characters, as JSON, fit in 8 KiB even when every
    /// character is escaped; anyone can call sign-in, so this is all of a body it reads.
    /// </summary>
    public const int MaxSignInBodyBytes = 8 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/session", (Delegate)SignInAsync).WithBodyLimit(MaxSignInBodyBytes);
        api.MapGet("/session", (HttpContext http) => StaffUser.From(http.User) is { } user
            ? Results.Json(new SignInResponse(user.CsrfToken, user.Username, user.Role.ToString(), user.Team), StaffJsonContext.Default.SignInResponse)
            : StaffErrors.Problem(StatusCodes.Status401Unauthorized, "NotSignedIn", "Sign in first.")).RequireAuthorization();
        api.MapDelete("/session", (Delegate)SignOutAsync).AddEndpointFilter<CsrfFilter>().RequireAuthorization();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, IStaffStore accounts, IOptions<StaffOptions> options, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // A body that is not JSON, or not sent as JSON, is the same 400 as one without a username.
        var request = await StaffRequestBody.ReadAsync(http.Request, StaffJsonContext.Default.SignInRequest, cancellationToken);
        if (request is not { Username.Length: > 0 and <= 100, Password.Length: > 0 and <= 1000 })
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"username\", \"password\"} as JSON.");
        }

        var logger = loggers.CreateLogger("KooAssistent.Bot.Staff.SignIn");
        var account = await accounts.FindAsync(request.Username, cancellationToken);
        var now = clock.GetUtcNow();
        if (account is { DisabledAt: not null })
        {
            // Answered exactly like a wrong password or an unknown user, after the same hashing work, and never
            // locked: whoever tries cannot tell a disabled account from one that does not exist.
            PasswordHasher.Verify(request.Password, account.PasswordHash);
            LogDisabled(logger, account.Username);
            return BadCredentials();
        }

        if (account?.LockedUntil is { } until && until > now)
        {
            PasswordHasher.VerifyAgainstNothing(request.Password);
            LogLocked(logger, request.Username);
            return StaffErrors.Problem(StatusCodes.Status423Locked, "AccountLocked", "Too many failed sign-ins; try again later or ask a beheerder.");
        }

        if (account is null || !PasswordHasher.Verify(request.Password, account.PasswordHash))
        {
            if (account is null)
            {
                PasswordHasher.VerifyAgainstNothing(request.Password);
            }
            else
            {
                await accounts.RecordFailureAsync(account.Username, options.Value.LockAfterFailures, now.AddMinutes(options.Value.LockMinutes), cancellationToken);
            }

            LogFailed(logger);
            return BadCredentials();
        }

        await accounts.ResetFailuresAsync(account.Username, cancellationToken);
        var csrf = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await http.SignInAsync(StaffExtensions.Scheme, StaffSession.Principal(account, csrf));
        LogSignedIn(logger, account.Username, account.Role);
        return Results.Json(new SignInResponse(csrf, account.Username, account.Role.ToString(), account.Team), StaffJsonContext.Default.SignInResponse);
    }

    private static IResult BadCredentials() =>
        StaffErrors.Problem(StatusCodes.Status401Unauthorized, "BadCredentials", "Wrong username or password.");

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(StaffExtensions.Scheme);
        return Results.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {Username} signed in as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string username, StaffRole role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A staff sign-in failed")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: account {Username} is disabled")]
    private static partial void LogDisabled(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: account {Username} is locked")]
    private static partial void LogLocked(ILogger logger, string username);
}
