using System.Security.Claims;
using KooAssistent.Storage.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// <c>POST /staff/api/me/password</c>: every signed-in staff member changes their own password with their current
/// one. A wrong current password counts towards the lock like a failed sign-in, so a stolen session cannot guess it;
/// afterwards every other session of the account has ended and this one continues with the new stamp.
/// </summary>
public static partial class OwnPasswordEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/me/password", ChangeAsync).RequireAuthorization().AddEndpointFilter<CsrfFilter>();

    private static async Task<IResult> ChangeAsync(
        HttpContext http, IStaffStore store, IOptions<StaffOptions> options, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var body = await StaffRequestBody.ReadAsync(http.Request, StaffJsonContext.Default.OwnPasswordRequest, cancellationToken);
        if (body is not { CurrentPassword.Length: > 0 and <= AccountRules.MaximumPasswordLength, NewPassword: not null })
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"currentPassword\", \"newPassword\"} as JSON.");
        }

        if (!AccountRules.IsAcceptablePassword(body.NewPassword))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "WeakPassword", AccountRules.PasswordRule);
        }

        var user = StaffUser.From(http.User)!;
        var logger = loggers.CreateLogger("KooAssistent.Bot.Staff.Password");
        var account = await store.FindAsync(user.Username, cancellationToken);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            return StaffErrors.Problem(StatusCodes.Status401Unauthorized, "NotSignedIn", "Sign in first.");
        }

        if (Oidc.ExternalAccount.IsExternal(account))
        {
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "ExternalAccount", "This account signs in through the municipality's identity provider; change the password there.");
        }

        // Counted before the check, like a sign-in, so simultaneous guesses from a stolen session stop at the lock. The
        // caller is signed in to this very account, so saying that it is locked reveals nothing.
        if (!await store.TryCountAttemptAsync(account.Username, options.Value.LockAfterFailures, now.AddMinutes(options.Value.LockMinutes), cancellationToken))
        {
            PasswordHasher.VerifyAgainstNothing(body.CurrentPassword);
            return StaffErrors.Problem(StatusCodes.Status423Locked, "AccountLocked", "Too many failed attempts; try again later or ask a beheerder.");
        }

        if (!PasswordHasher.Verify(body.CurrentPassword, account.PasswordHash))
        {
            LogWrongCurrent(logger, account.Username);
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "BadCredentials", "The current password is wrong.");
        }

        await store.SetPasswordHashAsync(account.Username, PasswordHasher.Hash(body.NewPassword), account.Username, cancellationToken);

        // The new stamp ended every session of the account, this one too; sign this one in again with it, as the same
        // session (id and time of sign-in), so a password change does not stretch the session's absolute lifetime.
        if (await store.FindAsync(account.Username, cancellationToken) is { DisabledAt: null } changed
            && http.User.FindFirstValue(StaffUser.SessionClaim) is { } session
            && long.TryParse(http.User.FindFirstValue(StaffUser.SignedInClaim), System.Globalization.CultureInfo.InvariantCulture, out var signedIn))
        {
            await http.SignInAsync(StaffExtensions.Scheme, StaffSession.Principal(changed, user.CsrfToken, session, DateTimeOffset.FromUnixTimeMilliseconds(signedIn)));
        }

        LogChanged(logger, account.Username);
        return Results.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {Username} changed their password")]
    private static partial void LogChanged(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password change of {Username} refused: wrong current password")]
    private static partial void LogWrongCurrent(ILogger logger, string username);
}
