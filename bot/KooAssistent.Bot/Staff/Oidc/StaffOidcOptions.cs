namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>
/// Configuration section <c>Staff:Oidc</c>: sign-in to the staff console through the municipality's identity provider
/// (OpenID Connect, authorisation code flow with PKCE). Off while <see cref="Authority"/> is empty. The provider's
/// groups decide the role and the Buurtteam: the first rule in <see cref="Roles"/> and in <see cref="Teams"/> whose
/// group the person is in applies; nobody gets a role by default.
/// </summary>
public sealed class StaffOidcOptions
{
    public const string SectionName = "Staff:Oidc";

    /// <summary>The issuer's address; its discovery document is at <c>/.well-known/openid-configuration</c>. https, or http on loopback only.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes besides <c>openid</c>; empty: <c>profile</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The id token claim that lists the person's groups (Entra ID: <c>groups</c>, object ids; others often group names).</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The claim that becomes the console's username (shown to colleagues and in the audit log, never to residents).</summary>
    public string UsernameClaim { get; set; } = "preferred_username";

    /// <summary>The claim that becomes the display name residents see.</summary>
    public string DisplayNameClaim { get; set; } = "name";

    public List<StaffOidcRoleRule> Roles { get; set; } = [];

    public List<StaffOidcTeamRule> Teams { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public IReadOnlyList<string> AllScopes() =>
        ["openid", .. (Scopes.Count == 0 ? ["profile"] : Scopes).Select(scope => scope.Trim()).Where(scope => scope.Length > 0 && scope != "openid").Distinct(StringComparer.Ordinal)];
}
