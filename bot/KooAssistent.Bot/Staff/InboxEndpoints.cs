using KooAssistent.Bot.Handoff;
using KooAssistent.Bot.Staff.Inbox;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Canned;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Inbox;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// What makes the ticket list an inbox beyond claiming: handing a ticket to a named colleague of its team, logging a
/// call to a resident who asked to be called back, the canned replies filled in for one ticket, and the worker's
/// typing shown to the resident. The same rules as
/// <see cref="TicketEndpoints"/>: signed in, a worker of the ticket's team, CSRF on every change, every change audited.
/// </summary>
public static class InboxEndpoints
{
    public static void Map(RouteGroupBuilder tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        tickets.MapGet("/{id}/colleagues", ColleaguesAsync);
        tickets.MapPost("/{id}/assign", AssignAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapPost("/{id}/calls", CallAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapGet("/{id}/canned", CannedAsync);
        tickets.MapPost("/{id}/typing", TypingAsync).AddEndpointFilter<CsrfFilter>();
    }

    /// <summary>The colleagues the ticket can go to: enabled medewerkers of its team and coordinators, not the caller.</summary>
    private static async Task<IResult> ColleaguesAsync(HttpContext http, string id, IHandoffStore handoffs, IStaffStore staff, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await TicketEndpoints.FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var user = StaffUser.From(http.User)!;
        var accounts = await staff.ListAsync(cancellationToken);
        return Results.Json(
            accounts.Where(account => MayReceive(account, ticket, user)).OrderBy(account => account.DisplayName, StringComparer.CurrentCulture)
                .Select(account => new ColleagueDto(account.Username, account.DisplayName)).ToList(),
            StaffJsonContext.Default.ListColleagueDto);
    }

    /// <summary>
    /// Hands the ticket to a colleague, who holds it from then on: the holder may pass on what they hold, a coordinator
    /// any open ticket. The resident hears who they talk with now; the colleague's console shows it under "Mijn gesprekken".
    /// </summary>
    private static async Task<IResult> AssignAsync(
        HttpContext http, string id, AssignRequest? body, IHandoffStore handoffs, IStaffStore staff, StaffMessenger messenger, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await TicketEndpoints.FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var user = StaffUser.From(http.User)!;
        var holds = ticket.Status == TicketStatus.Assigned && string.Equals(ticket.AssignedTo, user.Username, StringComparison.OrdinalIgnoreCase);
        if (user.Role != StaffRole.Coordinator && !holds)
        {
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "NotHeld", "Claim the ticket first; only the worker who holds it or a coordinator can hand it to a colleague.");
        }

        if (body?.Username is not { Length: > 0 } username
            || await staff.FindAsync(username, cancellationToken) is not { } colleague
            || !MayReceive(colleague, ticket, user))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Send {\"username\"} of an enabled colleague who works this ticket's team.");
        }

        var change = await handoffs.MoveAsync(
            ticket.Id, [TicketStatus.Queued, TicketStatus.Assigned], TicketStatus.Assigned, user.Username, colleague.Username, outcome: null, cancellationToken);
        if (change != TicketChange.Done)
        {
            return TicketEndpoints.Changed(change, "The ticket is closed.");
        }

        await handoffs.AuditAsync(user.Username, $"ticket-assigned:{colleague.Username}", ticket.Id, ticket.ConversationId, cancellationToken);
        await messenger.WorkerJoinedAsync(ticket, new StaffUser(colleague.Username, colleague.Role, colleague.Team, string.Empty), cancellationToken);
        changes.Publish(Change.Tickets(ticket.Team));
        return Results.Ok();
    }

    /// <summary>A call to a resident who chose "Bel mij terug", with how it went; the ticket stays as it is.</summary>
    private static async Task<IResult> CallAsync(
        HttpContext http, string id, CallRequest? body, IHandoffStore handoffs, InboxStore inbox, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await TicketEndpoints.FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        if (body?.Outcome is not { } outcome || !CallOutcomes.All.Contains(outcome))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", $"outcome must be one of {string.Join(", ", CallOutcomes.All.Order(StringComparer.Ordinal))}.");
        }

        if (!TicketTransitions.IsOpen(ticket.Status) || ticket.Summary.Phone is null)
        {
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "Conflict", "Only an open ticket with a number to call back can have a call.");
        }

        await inbox.AddCallAsync(ticket, StaffUser.From(http.User)!.Username, outcome, cancellationToken);
        changes.Publish(Change.Conversation(ticket.ConversationId, ticket.Team));
        return Results.Ok();
    }

    /// <summary>The holder is typing a reply; the console sends this at most every 3 seconds while they type. Not audited: it says nothing.</summary>
    private static async Task<IResult> TypingAsync(HttpContext http, string id, IHandoffStore handoffs, StaffMessenger messenger, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await TicketEndpoints.HeldAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        await messenger.TypingAsync(ticket, StaffUser.From(http.User)!, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> CannedAsync(HttpContext http, string id, IHandoffStore handoffs, IStaffStore staff, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await TicketEndpoints.FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var worker = await staff.FindAsync(StaffUser.From(http.User)!.Username, cancellationToken);
        var team = ticket.Team == TeamDirectory.Unknown ? "het Buurtteam" : ticket.Team;
        return Results.Json(
            knowledge.CannedReplies.For(ticket.Summary.Language)
                .Select(reply => new CannedReplyDto(reply.Id, reply.Title, CannedReplies.Fill(reply.Text, worker?.DisplayName ?? string.Empty, ticket.Summary.FirstName, team)))
                .ToList(),
            StaffJsonContext.Default.ListCannedReplyDto);
    }

    /// <summary>
    /// Whether <paramref name="account"/> can take the ticket from <paramref name="caller"/>: enabled, someone else, able
    /// to work the ticket's team; a medewerker hands only to colleagues of their own team or to a coordinator.
    /// </summary>
    private static bool MayReceive(StaffAccount account, TicketRecord ticket, StaffUser caller)
    {
        if (account.DisabledAt is not null || string.Equals(account.Username, caller.Username, StringComparison.OrdinalIgnoreCase)
            || !new StaffUser(account.Username, account.Role, account.Team, string.Empty).MayWork(ticket.Team))
        {
            return false;
        }

        return caller.Role == StaffRole.Coordinator || account.Role == StaffRole.Coordinator
            || string.Equals(account.Team, caller.Team, StringComparison.OrdinalIgnoreCase);
    }
}
