using KooAssistent.Bot.Handoff;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Tickets;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// <c>BotConnector:TeamsNotifications</c>, checked at start by key name: every entry names a Buurtteam (its id or name,
/// or <c>onbekend</c>) once, a channel's conversation id, and a service URL the bot's app token may go to (as a reply's:
/// https, http only on loopback where that is allowed); and the console's address is known for the link. A typo
/// found when the first ticket waits would leave a team uninformed without anyone noticing.
/// </summary>
public sealed class TeamsNotificationsValidator(TeamsNotificationTargets targets, TeamDirectory teams, IOptions<StaffOptions> staff, IHostEnvironment environment) : IValidateOptions<BotConnectorOptions>
{
    private const int MaxConversationIdLength = 1024;

    public ValidateOptionsResult Validate(string? name, BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TeamsNotifications.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        const string Section = $"{BotConnectorOptions.SectionName}:TeamsNotifications";
        var failures = new List<string>();
        var allowLoopback = options.AllowLoopbackServiceUrl || environment.IsDevelopment() || !options.HasAppId;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, target) in options.TeamsNotifications)
        {
            if (targets.TeamOf(key) is not { } team)
            {
                failures.Add($"{Section}:{key}: there is no Buurtteam '{key}'. Use a team's id or name ({teams.Known.Describe()}), or {TicketTeams.Unknown} for the shared queue.");
            }
            else if (!seen.TryAdd(team, key))
            {
                failures.Add($"{Section}:{key} and {Section}:{seen[team]} both name {team}; keep one.");
            }

            if (!ServiceUrlPolicy.IsAcceptable(target.ServiceUrl, allowLoopback)
                || !options.HasAppId && !ServiceUrlPolicy.IsLoopback(new Uri(target.ServiceUrl)))
            {
                failures.Add($"{Section}:{key}:ServiceUrl must be the https address the bot's log named when it was added to the team (http only on loopback, in Development or with {BotConnectorOptions.SectionName}:AllowLoopbackServiceUrl; without {BotConnectorOptions.SectionName}:MicrosoftAppId only loopback).");
            }

            if (target.ConversationId.Trim().Length == 0 || target.ConversationId.Length > MaxConversationIdLength || target.ConversationId.Any(char.IsControl))
            {
                failures.Add($"{Section}:{key}:ConversationId must be the channel's conversation id (19:…@thread.tacv2) as the bot's log named it.");
            }
        }

        if (!Uri.TryCreate(staff.Value.PublicBaseUrl, UriKind.Absolute, out var console) || console.Scheme is not ("https" or "http"))
        {
            failures.Add($"{Section} needs {StaffOptions.SectionName}:PublicBaseUrl, the address workers open the console on (https://…), for the link in the message.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
