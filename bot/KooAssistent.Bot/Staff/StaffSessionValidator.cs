using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Checks a session against its account on every request (one lookup by primary key): a deleted or disabled
/// account, or a security stamp renewed since sign-in, ends the session at once instead of after its 8 hours.
/// </summary>
public static partial class StaffSessionValidator
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } principal && await IsCurrentAsync(principal, services.GetRequiredService<IStaffStore>(), context.HttpContext.RequestAborted))
        {
            return;
        }

        var username = context.Principal?.FindFirstValue(ClaimTypes.Name) ?? "?";
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(StaffExtensions.Scheme);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("KooAssistent.Bot.Staff.Session");
        LogEnded(logger, username);
    }

    /// <summary>Whether the account behind the session still exists, is enabled and has the stamp the session was signed in with.</summary>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IStaffStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(store);
        if (principal.FindFirstValue(ClaimTypes.Name) is not { } username)
        {
            return false;
        }

        var account = await store.FindAsync(username, cancellationToken);
        return account is { DisabledAt: null } && SecurityStamp.Matches(principal.FindFirstValue(StaffUser.StampClaim), account.SecurityStamp);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session of {Username} ended: the account was disabled, deleted or changed")]
    private static partial void LogEnded(ILogger logger, string username);
}
