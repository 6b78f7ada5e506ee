using KooAssistent.Bot.Handoff;
using KooAssistent.Storage.Staff;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>
/// Refuses to start with an identity provider that is half configured, reached without TLS, or whose rules name an
/// unknown role or Buurtteam; and with local accounts switched off while there is no provider, which would leave
/// nobody a way in.
/// </summary>
public sealed class StaffOidcOptionsValidator(IOptions<LocalAccountsOptions> local, TeamDirectory teams) : IValidateOptions<StaffOidcOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffOidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = StaffOidcOptions.SectionName;
        if (!options.IsConfigured)
        {
            return local.Value.Enabled
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{LocalAccountsOptions.SectionName}:Enabled is false but {Section}:Authority is empty: nobody could sign in to the staff console.");
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || !(authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            errors.Add($"{Section}:Authority must be an absolute https address (http only on loopback, for tests).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add($"{Section}:ClientId is required.");
        }

        if (string.IsNullOrWhiteSpace(options.GroupsClaim) || string.IsNullOrWhiteSpace(options.UsernameClaim) || string.IsNullOrWhiteSpace(options.DisplayNameClaim))
        {
            errors.Add($"{Section}:GroupsClaim, UsernameClaim and DisplayNameClaim must not be empty.");
        }

        if (options.Roles.Count == 0)
        {
            errors.Add($"{Section}:Roles is empty: nobody would get a role. Map at least one group, e.g. {{ \"Group\": \"…\", \"Role\": \"medewerker\" }}.");
        }

        for (var i = 0; i < options.Roles.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Roles[i].Group) || !AccountRules.TryParseRole(options.Roles[i].Role, out _))
            {
                errors.Add($"{Section}:Roles:{i} needs a Group and a Role (medewerker, coordinator or beheerder).");
            }
        }

        var known = teams.Known;
        for (var i = 0; i < options.Teams.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Teams[i].Group))
            {
                errors.Add($"{Section}:Teams:{i} needs a Group.");
            }

            var refusal = AccountRules.RefuseTeam(options.Teams[i].Team, known, out var team);
            if (refusal is not null || team is null)
            {
                errors.Add($"{Section}:Teams:{i}: {refusal ?? "a Team is required."}");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
