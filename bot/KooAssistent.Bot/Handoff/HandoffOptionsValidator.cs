using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// Office hours and Buurtteam areas are read only when a resident is handed over; a wrong time zone or an opening
/// after the closing would fail then, in front of someone who asked for help. They are checked at start instead.
/// </summary>
public sealed partial class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    private const string Hours = $"{HandoffOptions.SectionName}:OfficeHours";

    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hours = options.OfficeHours;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(hours.TimeZone ?? string.Empty, out _))
        {
            failures.Add($"{Hours}:TimeZone '{hours.TimeZone}' is not a time zone this machine knows; use an IANA id such as Europe/Amsterdam (the container needs tzdata).");
        }

        if (hours.Opens >= hours.Closes)
        {
            failures.Add($"{Hours}:Opens ({hours.Opens:HH\\:mm}) must be before {Hours}:Closes ({hours.Closes:HH\\:mm}).");
        }

        if (hours.Days.Any(day => !Enum.IsDefined(day)))
        {
            failures.Add($"{Hours}:Days may only hold Monday to Sunday.");
        }

        for (var index = 0; index < options.Teams.Count; index++)
        {
            var team = options.Teams[index];
            var key = $"{HandoffOptions.SectionName}:Teams:{index}";
            if (string.IsNullOrWhiteSpace(team.Name))
            {
                failures.Add($"{key}:Name is empty; name the Buurtteam as tickets and accounts should show it.");
            }

            var badPrefixes = team.Postcodes.Where(prefix => !PostcodePrefix().IsMatch(prefix ?? string.Empty)).ToList();
            if (badPrefixes.Count > 0)
            {
                failures.Add($"{key}:Postcodes has {string.Join(", ", badPrefixes.Select(prefix => $"'{prefix}'"))}; write the first two to four digits of a postcode, e.g. 5211.");
            }

            if (team.Wijken.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{key}:Wijken has an empty name.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[1-9][0-9]{1,3}$")]
    private static partial Regex PostcodePrefix();
}
