using System.Security.Claims;
using KooAssistent.Bot.Hosting;
using KooAssistent.Storage.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Sign-in and sign-out of the staff console. A wrong password, an unknown user, a disabled and a locked account
/// all get the same answer after the same hashing work, so the endpoint does not reveal which usernames exist.
/// Sign-ins are throttled per address and per account name before any password is checked, and every attempt on an
/// account is counted before its password is checked, so the lock holds however many guesses arrive at once.
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
        api.MapGet("/sign-in-options", (IOptions<LocalAccountsOptions> local, IOptions<Oidc.StaffOidcOptions> oidc) =>
            Results.Json(new SignInOptionsResponse(local.Value.Enabled, oidc.Value.IsConfigured), StaffJsonContext.Default.SignInOptionsResponse));
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, IStaffStore accounts, IStaffSessionStore sessions, IPasswordUpgradeStore upgrades, SignInThrottle throttle, IOptions<StaffOptions> options,
        IOptions<LocalAccountsOptions> local, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!local.Value.Enabled)
        {
            // Break-glass switched off: the body is not even read.
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "LocalSignInDisabled", "Sign in through the municipality's identity provider.");
        }

        // A body that is not JSON, or not sent as JSON, is the same 400 as one without a username.
        var request = await StaffRequestBody.ReadAsync(http.Request, StaffJsonContext.Default.SignInRequest, cancellationToken);
        if (request is not { Username.Length: > 0 and <= 100, Password.Length: > 0 and <= 1000 })
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"username\", \"password\"} as JSON.");
        }

        var logger = loggers.CreateLogger("KooAssistent.Bot.Staff.SignIn");
        if (throttle.Refuse(http.Connection.RemoteIpAddress, request.Username) is { } wait)
        {
            LogThrottled(logger);
            http.Response.Headers.RetryAfter = SignInThrottle.Seconds(wait);
            return StaffErrors.Problem(StatusCodes.Status429TooManyRequests, "TooManySignIns", "Too many sign-ins; try again in a minute.");
        }

        var account = await accounts.FindAsync(request.Username, cancellationToken);
        if (account is { DisabledAt: not null } || (account is not null && Oidc.ExternalAccount.IsExternal(account)))
        {
            // Answered exactly like a wrong password or an unknown user, after the same hashing work, and never
            // locked: whoever tries cannot tell a disabled account, or one that signs in through the identity
            // provider and has no password here, from one that does not exist.
            PasswordHasher.VerifyAgainstNothing(request.Password);
            LogRefusedAccount(logger, account.Username);
            return BadCredentials();
        }

        var lockUntil = clock.GetUtcNow().AddMinutes(options.Value.LockMinutes);
        if (account is null || !await accounts.TryCountAttemptAsync(account.Username, options.Value.LockAfterFailures, lockUntil, cancellationToken))
        {
            // Unknown or locked: the same work and the same answer as a wrong password. A 423 would tell an attacker
            // that the name exists, since unknown names never lock.
            PasswordHasher.VerifyAgainstNothing(request.Password);
            if (account is null)
            {
                LogFailed(logger);
            }
            else
            {
                LogLocked(logger, account.Username);
            }

            return BadCredentials();
        }

        var check = PasswordHasher.Check(request.Password, account.PasswordHash);
        if (check == PasswordCheck.Wrong)
        {
            LogFailed(logger);
            return BadCredentials();
        }

        await accounts.ResetFailuresAsync(account.Username, cancellationToken);
        if (check == PasswordCheck.CorrectButOutdated
            && await upgrades.ReplaceAsync(account.Username, account.PasswordHash, PasswordHasher.Hash(request.Password), cancellationToken))
        {
            LogUpgraded(logger, account.Username);
        }

        // A sign-in on top of a live session replaces it: a new id, and the old one ends for every copy of its cookie.
        if (http.User.FindFirstValue(StaffUser.SessionClaim) is { } previous)
        {
            await sessions.RemoveAsync(previous, cancellationToken);
        }

        var principal = await StaffSession.StartAsync(sessions, account, clock.GetUtcNow(), options.Value.SessionAbsoluteMinutes, via: null, cancellationToken);
        await http.SignInAsync(StaffExtensions.Scheme, principal);
        LogSignedIn(logger, account.Username, account.Role);
        return Results.Json(new SignInResponse(StaffUser.From(principal)!.CsrfToken, account.Username, account.Role.ToString(), account.Team), StaffJsonContext.Default.SignInResponse);
    }

    private static IResult BadCredentials() =>
        StaffErrors.Problem(StatusCodes.Status401Unauthorized, "BadCredentials", "Wrong username or password.");

    /// <summary>
    /// Ends the session on the server too: a copy of the cookie gets 401 from now on. A session signed in through the
    /// identity provider also gets the provider's sign-out address (200 <c>{"endSessionUrl"}</c>) where the provider
    /// offers one, for the page to go to, so the provider's own session ends as well.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, IStaffSessionStore sessions, CancellationToken cancellationToken)
    {
        string? endSessionUrl = null;
        if (http.User.FindFirstValue(StaffUser.ViaClaim) == StaffUser.ViaIdentityProvider && http.RequestServices.GetService<Oidc.StaffOidcSignOut>() is { } provider)
        {
            endSessionUrl = await provider.EndSessionUrlAsync(http, cancellationToken);
        }

        if (http.User.FindFirstValue(StaffUser.SessionClaim) is { } session)
        {
            await sessions.RemoveAsync(session, cancellationToken);
        }

        await http.SignOutAsync(StaffExtensions.Scheme);
        return endSessionUrl is null
            ? Results.NoContent()
            : Results.Json(new SignOutResponse(endSessionUrl), StaffJsonContext.Default.SignOutResponse);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {Username} signed in as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string username, StaffRole role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A staff sign-in failed")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: account {Username} is disabled or signs in through the identity provider")]
    private static partial void LogRefusedAccount(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Information, Message = "The password hash of {Username} was upgraded to the current scheme")]
    private static partial void LogUpgraded(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: account {Username} is locked")]
    private static partial void LogLocked(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A staff sign-in was throttled")]
    private static partial void LogThrottled(ILogger logger);
}
