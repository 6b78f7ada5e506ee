using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Bot.Handoff;

/// <summary>Configuration section <c>Handoff</c>: the Buurtteams with the wijken and postcode prefixes they serve.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    public IList<BuurtteamArea> Teams { get; } = [];

    /// <summary>When the Buurtteams answer chats; default Monday to Friday 09:00–17:00, Europe/Amsterdam.</summary>
    public OfficeHours OfficeHours { get; } = new();

    /// <summary>A waiting ticket whose conversation saw nothing for this long is marked Abandoned (an hour to a year).</summary>
    [Range(1, 8760)]
    public int AbandonAfterHours { get; set; } = 72;
}

/// <summary>One Buurtteam and its area, as the municipality configures it.</summary>
public sealed class BuurtteamArea
{
    public string Name { get; set; } = string.Empty;

    public IList<string> Wijken { get; } = [];

    /// <summary>Postcode prefixes, e.g. "5211" or "5223".</summary>
    public IList<string> Postcodes { get; } = [];
}
