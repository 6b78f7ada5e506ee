namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>Members of <see cref="Group"/> get <see cref="Role"/> (medewerker, coordinator or beheerder).</summary>
public sealed class StaffOidcRoleRule
{
    public string? Group { get; set; }

    public string? Role { get; set; }
}
