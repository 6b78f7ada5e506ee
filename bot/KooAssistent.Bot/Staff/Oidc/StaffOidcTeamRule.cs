namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>Members of <see cref="Group"/> belong to <see cref="Team"/>: a Buurtteam's id or name, as accounts accept.</summary>
public sealed class StaffOidcTeamRule
{
    public string? Group { get; set; }

    public string? Team { get; set; }
}
