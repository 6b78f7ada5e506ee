using KooAssistent.Bot.Handoff;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The Teams channels of <c>BotConnector:TeamsNotifications</c> by the team's name as tickets carry it: a key may
/// be a Buurtteam's id (<c>noord</c>) or name, as staff accounts take it, or <c>onbekend</c> for the shared queue.
/// </summary>
public sealed class TeamsNotificationTargets(TeamDirectory teams)
{
    /// <summary>The team's name as its tickets carry it, for a configured key; null for no known team.</summary>
    public string? TeamOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Equals(key.Trim(), TicketTeams.Unknown, StringComparison.OrdinalIgnoreCase) ? TicketTeams.Unknown
            : teams.Known.TryResolve(key, out var team) ? team
            : null;
    }

    /// <summary>The configured channels of known teams (the validator refused any other at start).</summary>
    public IReadOnlyDictionary<string, TeamsChannelTarget> Resolve(BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var channels = new Dictionary<string, TeamsChannelTarget>(StringComparer.Ordinal);
        foreach (var (key, target) in options.TeamsNotifications)
        {
            if (TeamOf(key) is { } team)
            {
                channels[team] = target;
            }
        }

        return channels;
    }
}
