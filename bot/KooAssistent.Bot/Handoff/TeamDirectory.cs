using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// Chooses the Buurtteam for a handoff from the postcode or wijk the resident gave: first the deployment's own
/// <c>Handoff:Teams</c>, then <c>knowledge/data/wijken.yaml</c> (which the municipality fills in; it ships with a
/// marked assumption). When the resident did not say, the ticket goes to a shared queue every team sees.
/// </summary>
public sealed class TeamDirectory(IOptions<HandoffOptions> options, KooAssistent.Conversation.Knowledge.KnowledgeBase knowledge)
{
    public const string Unknown = TicketTeams.Unknown;

    /// <summary>The teams an account can belong to: the knowledge's and the configured ones.</summary>
    public KnownTeams Known => KnownTeams.From(knowledge.Areas, options.Value.Teams.Select(team => team.Name));

    public string TeamFor(HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var team in options.Value.Teams)
        {
            if (request.Wijk is { } wijk && team.Wijken.Contains(wijk, StringComparer.OrdinalIgnoreCase))
            {
                return team.Name;
            }

            if (request.Postcode is { Length: >= 4 } postcode && team.Postcodes.Any(prefix => postcode.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return team.Name;
            }
        }

        var areas = knowledge.Areas;
        if (request.Wijk is { } named && areas.TeamOfWijk.TryGetValue(named, out var team2))
        {
            return team2;
        }

        if (request.Postcode is { Length: >= 4 } code)
        {
            foreach (var (name, prefixes) in areas.PostcodesOfTeam)
            {
                if (prefixes.Any(prefix => code.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    return name;
                }
            }
        }

        return Unknown;
    }

    /// <summary>
    /// The wijk of a handoff, for the figures per wijk: the wijk the resident named, or the wijk of
    /// <c>knowledge/data/wijken.yaml</c> whose postcodes hold theirs; null when neither says. Only a wijk's name leaves
    /// here, never the postcode.
    /// </summary>
    public string? WijkFor(HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return knowledge.Areas.WijkOf(request.Wijk, request.Postcode)
            ?? options.Value.Teams.SelectMany(team => team.Wijken).FirstOrDefault(wijk => string.Equals(wijk, request.Wijk, StringComparison.OrdinalIgnoreCase));
    }
}
