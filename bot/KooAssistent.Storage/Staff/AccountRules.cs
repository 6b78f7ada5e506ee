
namespace KooAssistent.Storage.Staff;

/// <summary>What an account must look like, the same for creating one and changing it later (and for <c>koo staff</c>).</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Sign-in refuses longer passwords, so none may be set.</summary>
    public const int MaximumPasswordLength = 1_000;

    public static string PasswordRule => $"The password needs {MinimumPasswordLength} to {MaximumPasswordLength} characters.";

    public static bool IsAcceptablePassword(string? password) => password is { Length: >= MinimumPasswordLength and <= MaximumPasswordLength };

    public const int MaximumDisplayNameLength = 100;

    public static string DisplayNameRule => $"The display name, which residents see, needs 1 to {MaximumDisplayNameLength} characters and no control characters.";

    /// <summary>The name residents see instead of the sign-in name: trimmed, 1 to 100 characters, nothing that could break a line or a log.</summary>
    public static bool TryNormaliseDisplayName(string? name, out string normalised)
    {
        normalised = name?.Trim() ?? string.Empty;
        return normalised.Length is > 0 and <= MaximumDisplayNameLength && !normalised.Any(char.IsControl);
    }

    /// <summary>
    /// The team's name for a requested id or name (null when none was requested), or why it is refused, with the
    /// teams that would be accepted. Accounts store the name, because that is what tickets carry.
    /// </summary>
    public static string? RefuseTeam(string? requested, KnownTeams known, out string? team)
    {
        ArgumentNullException.ThrowIfNull(known);
        team = null;
        return string.IsNullOrWhiteSpace(requested) || known.TryResolve(requested, out team)
            ? null
            : $"There is no Buurtteam '{requested.Trim()}'. Give a team's id or name: {known.Describe()}.";
    }

    /// <summary>Accepts medewerker, coordinator or beheerder in any case; not a number or a list, which Enum.TryParse would take.</summary>
    public static bool TryParseRole(string? name, out StaffRole role)
    {
        var match = Enum.GetValues<StaffRole>().Where(value => string.Equals(value.ToString(), name, StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
        role = match.FirstOrDefault();
        return match.Count == 1;
    }
}
