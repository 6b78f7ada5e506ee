using System.Security.Claims;
using KooAssistent.Bot.Handoff;
using KooAssistent.Storage.Staff;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>
/// Turns a person signed in at the identity provider into a console account. The console keeps a record for them
/// like for a local account (username, display name, role, team, a public id for residents, a security stamp), so
/// sessions, CSRF, audit, ticket ownership and disabling work the same; instead of a password hash it holds the
/// <see cref="ExternalAccount"/> marker. Role and team come from the provider's groups at every sign-in; a change
/// renews the security stamp, which ends the person's older sessions.
/// </summary>
public sealed partial class StaffOidcAccounts(IStaffStore store, IOptions<StaffOidcOptions> options, TeamDirectory teams, ILogger<StaffOidcAccounts> logger)
{
    /// <summary>The audit log's actor for changes made from the provider's groups.</summary>
    public const string Actor = "identity-provider";

    private const int MaximumUsernameLength = 100;

    public async Task<StaffOidcSignInResult> SignInAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var settings = options.Value;
        var username = NormaliseUsername(principal.FindFirstValue(settings.UsernameClaim));
        var subject = principal.FindFirstValue("sub");
        var issuer = principal.FindFirstValue("iss") ?? principal.FindFirst("sub")?.Issuer;
        if (username is null || string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(issuer))
        {
            LogNoUsername(logger, settings.UsernameClaim);
            return StaffOidcSignInResult.Refused(StaffOidcRefusal.NoUsername);
        }

        var groups = principal.FindAll(settings.GroupsClaim).Select(claim => claim.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (settings.Roles.FirstOrDefault(rule => rule.Group is { } group && groups.Contains(group.Trim())) is not { } roleRule
            || !AccountRules.TryParseRole(roleRule.Role, out var role))
        {
            LogNoRole(logger, username, groups.Count);
            return StaffOidcSignInResult.Refused(StaffOidcRefusal.NoRole);
        }

        string? team = null;
        if (settings.Teams.FirstOrDefault(rule => rule.Group is { } group && groups.Contains(group.Trim())) is { } teamRule)
        {
            teams.Known.TryResolve(teamRule.Team, out team);
        }

        if (role == StaffRole.Medewerker && team is null)
        {
            LogNoTeam(logger, username);
            return StaffOidcSignInResult.Refused(StaffOidcRefusal.NoTeam);
        }

        if (!AccountRules.TryNormaliseDisplayName(principal.FindFirstValue(settings.DisplayNameClaim), out var displayName))
        {
            displayName = username.Split('@')[0];
        }

        var marker = ExternalAccount.Marker(issuer, subject);
        var account = await store.FindAsync(username, cancellationToken);
        if (account is null && !await store.AddAsync(username, displayName, role, team, marker, cancellationToken))
        {
            // Created by a simultaneous sign-in (or a beheerder) between the lookup and the insert.
            account = await store.FindAsync(username, cancellationToken);
        }

        if (account is not null)
        {
            if (!ExternalAccount.Matches(account, marker))
            {
                LogNameTaken(logger, username);
                return StaffOidcSignInResult.Refused(StaffOidcRefusal.NameTaken);
            }

            if (account.DisabledAt is not null)
            {
                LogDisabled(logger, username);
                return StaffOidcSignInResult.Refused(StaffOidcRefusal.Disabled);
            }

            if (account.Role != role || !string.Equals(account.Team, team, StringComparison.Ordinal) || account.DisplayName != displayName)
            {
                await store.ChangeRoleAsync(username, role, team, displayName, Actor, cancellationToken);
            }
        }

        // Read back for the current security stamp and public id, and to see a disable that happened meanwhile.
        account = await store.FindAsync(username, cancellationToken);
        return account is { DisabledAt: null } && ExternalAccount.Matches(account, marker)
            ? new StaffOidcSignInResult(account, StaffOidcRefusal.None)
            : StaffOidcSignInResult.Refused(StaffOidcRefusal.Disabled);
    }

    /// <summary>Lower case, trimmed; letters, digits and <c>. - _ @</c> only (no ':' that the audit log uses as separator).</summary>
    private static string? NormaliseUsername(string? value)
    {
        var username = value?.Trim().ToLowerInvariant();
        return username is { Length: > 0 and <= MaximumUsernameLength } && username.All(character => char.IsLetterOrDigit(character) || character is '.' or '-' or '_' or '@')
            ? username
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused: no usable '{Claim}' or subject in the token")]
    private static partial void LogNoUsername(ILogger logger, string claim);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused: none of the {Count} group(s) of {Username} gives a role")]
    private static partial void LogNoRole(ILogger logger, string username, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused: {Username} would be a medewerker without a Buurtteam")]
    private static partial void LogNoTeam(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused: the name {Username} belongs to another account")]
    private static partial void LogNameTaken(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused: account {Username} is disabled")]
    private static partial void LogDisabled(ILogger logger, string username);
}
