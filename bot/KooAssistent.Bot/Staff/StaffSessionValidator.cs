using System.Globalization;
using System.Security.Claims;
using KooAssistent.Storage.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Checks a session against its account on every request (one lookup by primary key): a deleted or disabled
/// account, or a security stamp renewed since sign-in, ends the session at once instead of after its 8 hours; and
/// however busy, a session ends <c>Staff:SessionAbsoluteMinutes</c> after sign-in.
/// </summary>
public static partial class StaffSessionValidator
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } principal && await IsCurrentAsync(principal, services, context.HttpContext.RequestAborted))
        {
            return;
        }

        var username = context.Principal?.FindFirstValue(ClaimTypes.Name) ?? "?";
        context.RejectPrincipal();
        if (context.Principal?.FindFirstValue(StaffUser.SessionClaim) is { } session)
        {
            await services.GetRequiredService<IStaffSessionStore>().RemoveAsync(session, context.HttpContext.RequestAborted);
        }

        await context.HttpContext.SignOutAsync(StaffExtensions.Scheme);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("KooAssistent.Bot.Staff.Session");
        LogEnded(logger, username);
    }

    /// <summary>
    /// Whether the session still exists and is within its absolute lifetime, and the account behind it still exists,
    /// is enabled, has the stamp the session was signed in with, and signs in a way that is still switched on.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(services);
        if (principal.FindFirstValue(ClaimTypes.Name) is not { } username
            || principal.FindFirstValue(StaffUser.SessionClaim) is not { } session
            || !long.TryParse(principal.FindFirstValue(StaffUser.SignedInClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var signedIn))
        {
            return false;
        }

        var lifetime = TimeSpan.FromMinutes(services.GetRequiredService<IOptions<StaffOptions>>().Value.SessionAbsoluteMinutes);
        if (services.GetRequiredService<TimeProvider>().GetUtcNow() > DateTimeOffset.FromUnixTimeMilliseconds(signedIn) + lifetime
            || !await services.GetRequiredService<IStaffSessionStore>().IsActiveAsync(session, cancellationToken))
        {
            return false;
        }

        var account = await services.GetRequiredService<IStaffStore>().FindAsync(username, cancellationToken);
        if (account is not { DisabledAt: null } || !SecurityStamp.Matches(principal.FindFirstValue(StaffUser.StampClaim), account.SecurityStamp))
        {
            return false;
        }

        // A way in that has been switched off ends the sessions it opened: local accounts when the break-glass is
        // off, accounts of the identity provider when it is no longer configured.
        return Oidc.ExternalAccount.IsExternal(account)
            ? services.GetRequiredService<IOptions<Oidc.StaffOidcOptions>>().Value.IsConfigured
            : services.GetRequiredService<IOptions<LocalAccountsOptions>>().Value.Enabled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session of {Username} ended: signed out elsewhere, past its lifetime, or the account was disabled, deleted or changed")]
    private static partial void LogEnded(ILogger logger, string username);
}
