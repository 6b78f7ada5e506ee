using KooAssistent.Conversation.Dialog.Handoff;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// Chooses the Buurtteam for a handoff from the postcode or wijk the resident gave. Which wijk belongs to which of
/// the nine Buurtteams is not public: the municipality fills it in (<c>Handoff:Teams</c>); until then, and when the
/// resident did not say, tickets go to a shared queue every team sees.
/// </summary>
public sealed class TeamDirectory(IOptions<HandoffOptions> options)
{
    public const string Unknown = "onbekend";

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

        return Unknown;
    }
}
