using KooAssistent.Bot.Handoff;
using KooAssistent.Bot.Staff.Inbox;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Storage;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Inbox;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// The tickets of the staff console: the inbox list (every read is audited; its one-line preview of the resident's
/// last message is redacted, see <see cref="InboxPreview"/>), one ticket with its
/// summary and its transcript up to the ticket's end (every opening is audited), claiming (exactly one of two
/// simultaneous claims wins), messages to the resident, private notes, handing back to the bot, and resolving with
/// an outcome. A ticket is named by its long id or by its short number ("K4M-9QXT") alike.
/// </summary>
public static class TicketEndpoints
{
    public const int MaxTextLength = 4_000;

    /// <summary>The outcome categories a ticket can be resolved with.</summary>
    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal)
    {
        "opgelost", "doorverwezen-buurtteam", "doorverwezen-anders", "geen-contact", "anders",
    };

    public static void Map(RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").RequireAuthorization();
        tickets.MapGet("/", ListAsync);
        tickets.MapGet("/{id}", GetAsync);
        tickets.MapPost("/{id}/claim", ClaimAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapPost("/{id}/messages", MessageAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapPost("/{id}/notes", NoteAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapPost("/{id}/return", ReturnAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapPost("/{id}/resolve", ResolveAsync).AddEndpointFilter<CsrfFilter>();
        tickets.MapPost("/{id}/erase", EraseAsync).AddEndpointFilter<CsrfFilter>();
        api.MapGet("/audit", AuditAsync).RequireAuthorization();
        InboxEndpoints.Map(tickets);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, IHandoffStore handoffs, InboxStore inbox, KnowledgeBase knowledge, string? status, CancellationToken cancellationToken)
    {
        if (!Worker(http, out var user, out var refused))
        {
            return refused;
        }

        TicketStatus? filter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<TicketStatus>(status, ignoreCase: false, out var parsed))
            {
                return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", $"status must be one of {string.Join(", ", Enum.GetNames<TicketStatus>())}.");
            }

            filter = parsed;
        }

        var team = user.Role == StaffRole.Coordinator ? null : user.Team ?? TeamDirectory.Unknown;
        await handoffs.AuditAsync(user.Username, $"tickets-listed:{filter?.ToString() ?? "all"}", ticketId: null, conversationId: null, cancellationToken);
        var list = await handoffs.ListTicketsAsync(filter, team, cancellationToken);
        var facts = await inbox.FactsAsync(list, user.Username, cancellationToken);
        return Results.Json(
            list.Select(ticket => QueueItem(ticket, knowledge, facts.GetValueOrDefault(ticket.Id), user.MayWork(ticket.Team))).ToList(),
            StaffJsonContext.Default.ListTicketQueueItemDto);
    }

    private static async Task<IResult> GetAsync(
        HttpContext http,
        string id,
        IHandoffStore handoffs,
        IConversationStore conversations,
        InboxStore inbox,
        WhatsAppStore whatsapp,
        KnowledgeBase knowledge,
        CancellationToken cancellationToken)
    {
        var (ticket, refused) = await FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var user = StaffUser.From(http.User)!;
        await handoffs.AuditAsync(user.Username, "transcript-opened", ticket.Id, ticket.ConversationId, cancellationToken);
        var activities = await conversations.GetActivitiesAsync(ticket.ConversationId, 0, 1_000, cancellationToken);

        // An ended ticket shows the conversation up to its end: what the resident wrote later may be for another team.
        var end = ticket.ClosedSequence ?? long.MaxValue;
        var transcript = activities
            .Where(stored => stored.Sequence <= end && stored.Activity.Type == Conversation.Activities.ActivityTypes.Message)
            .Select(stored => new TranscriptLine(
                stored.Sequence, stored.Activity.From?.Role ?? "user", stored.Activity.From?.Name, stored.Activity.Text, stored.Activity.Timestamp, Author(stored.Activity)))
            .ToList();
        var notes = await handoffs.GetNotesAsync(ticket.Id, cancellationToken);
        if (activities.Count > 0)
        {
            await inbox.MarkReadAsync(ticket.Id, user.Username, Math.Min(activities[^1].Sequence, end), cancellationToken);
        }

        var conversation = await conversations.GetConversationAsync(ticket.ConversationId, cancellationToken);
        var channel = conversation?.Channel ?? string.Empty;
        DateTimeOffset? windowCloses = channel == KooAssistent.Storage.WhatsApp.WhatsAppConversations.Channel
            && await whatsapp.LastResidentMessageAtAsync(ticket.ConversationId, cancellationToken) is { } lastWrote
            ? lastWrote + Channels.WhatsApp.CustomerServiceWindow.Length
            : null;
        var calls = await inbox.CallsAsync(ticket.Id, cancellationToken);
        return Results.Json(
            new TicketDetailDto(
                ticket.Id, TicketNumber.Format(ticket.Number), ticket.ConversationId, ticket.Status.ToString(), ticket.Team, ticket.Urgency.ToString(), ticket.WaitingSince,
                ticket.Summary, ticket.AssignedTo, ticket.Outcome, transcript, [.. notes.Select(note => new NoteDto(note.Author, note.Text, note.CreatedAt))],
                TicketWordsMapper.Map(ticket.Summary, knowledge), channel, windowCloses, calls),
            StaffJsonContext.Default.TicketDetailDto);
    }

    private static async Task<IResult> ClaimAsync(HttpContext http, string id, IHandoffStore handoffs, StaffMessenger messenger, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var user = StaffUser.From(http.User)!;

        // Coordinators may take over an assigned ticket (reassign); medewerkers only claim what is waiting.
        TicketStatus[] from = user.Role == StaffRole.Coordinator ? [TicketStatus.Queued, TicketStatus.Assigned] : [TicketStatus.Queued];
        var change = await handoffs.MoveAsync(ticket.Id, from, TicketStatus.Assigned, user.Username, user.Username, outcome: null, cancellationToken);
        if (change != TicketChange.Done)
        {
            return Changed(change, "Someone else holds this ticket, or it is closed.");
        }

        await messenger.WorkerJoinedAsync(ticket, user, cancellationToken);
        changes.Publish(Change.Tickets(ticket.Team));
        return Results.Ok();
    }

    private static async Task<IResult> MessageAsync(
        HttpContext http, string id, TextRequest? body, IHandoffStore handoffs, StaffMessenger messenger, IChangeFeed changes, IConversationStore conversations,
        Channels.WhatsApp.CustomerServiceWindow window, Microsoft.Extensions.Options.IOptions<Channels.WhatsApp.WhatsAppOptions> whatsapp, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await HeldAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        if (body?.Text is not { Length: > 0 and <= MaxTextLength } text || string.IsNullOrWhiteSpace(text))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", $"Send {{\"text\"}} with 1 to {MaxTextLength} characters.");
        }

        var conversation = await conversations.GetConversationAsync(ticket.ConversationId, cancellationToken);
        if (conversation?.Channel == KooAssistent.Storage.WhatsApp.WhatsAppConversations.Channel
            && await window.ClosedSinceAsync(ticket.ConversationId, cancellationToken) is { } lastWrote)
        {
            if (whatsapp.Value.WindowTemplateName.Length == 0)
            {
                var since = lastWrote == DateTimeOffset.MinValue ? "nooit" : lastWrote.ToOffset(TimeSpan.FromHours(1)).ToString("d MMMM HH:mm", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
                return StaffErrors.Problem(StatusCodes.Status409Conflict, "WindowClosed",
                    $"WhatsApp staat geen vrij bericht meer toe: de inwoner schreef het laatst op {since}, langer dan 24 uur geleden. "
                    + "Een bericht kan weer zodra de inwoner zelf schrijft. Gaf de inwoner een telefoonnummer, bel dan.");
            }

            await messenger.SendWindowTemplateAsync(ticket, StaffUser.From(http.User)!, whatsapp.Value.WindowTemplateName, whatsapp.Value.WindowTemplateLanguage, cancellationToken);
            changes.Publish(Change.Conversation(ticket.ConversationId, ticket.Team));
            return Results.Ok();
        }

        await messenger.SendAsync(ticket, StaffUser.From(http.User)!, text, cancellationToken);
        changes.Publish(Change.Conversation(ticket.ConversationId, ticket.Team));
        return Results.Ok();
    }

    private static async Task<IResult> NoteAsync(HttpContext http, string id, TextRequest? body, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        if (body?.Text is not { Length: > 0 and <= MaxTextLength } text || string.IsNullOrWhiteSpace(text))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", $"Send {{\"text\"}} with 1 to {MaxTextLength} characters.");
        }

        await handoffs.AddNoteAsync(ticket.Id, StaffUser.From(http.User)!.Username, text, cancellationToken);
        return Results.Ok();
    }

    private static async Task<IResult> ReturnAsync(HttpContext http, string id, IHandoffStore handoffs, StaffMessenger messenger, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await HeldAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var user = StaffUser.From(http.User)!;
        var change = await handoffs.MoveAsync(ticket.Id, [TicketStatus.Assigned], TicketStatus.ReturnedToBot, user.Username, assignedTo: null, outcome: null, cancellationToken);
        if (change != TicketChange.Done)
        {
            return Changed(change, "The ticket is not held by a worker.");
        }

        await messenger.ReturnedToBotAsync(ticket, cancellationToken);
        changes.Publish(Change.Tickets(ticket.Team));
        return Results.Ok();
    }

    /// <summary>
    /// Erasure at the resident's request (AVG art. 17), carried out by the worker who holds the conversation (the bot
    /// is silent then, so the resident cannot do it in the chat) or by a coordinator.
    /// </summary>
    private static async Task<IResult> EraseAsync(HttpContext http, string id, IHandoffStore handoffs, StaffMessenger messenger, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        var user = StaffUser.From(http.User)!;
        if (user.Role != StaffRole.Coordinator && !(ticket.Status == TicketStatus.Assigned && ticket.AssignedTo == user.Username))
        {
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "NotHeld", "Claim the ticket first; only the worker who holds it or a coordinator can erase the conversation.");
        }

        if (!await messenger.EraseAsync(ticket, user, cancellationToken))
        {
            return StaffErrors.Problem(StatusCodes.Status404NotFound, "NotFound", "No such ticket.");
        }

        // The erasure also removed the conversation's ended tickets, which may be other teams'.
        changes.Publish(Change.AllTickets);
        return Results.NoContent();
    }

    private static async Task<IResult> ResolveAsync(HttpContext http, string id, ResolveRequest? body, IHandoffStore handoffs, IChangeFeed changes, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return refused!;
        }

        if (body?.Outcome is not { } outcome || !Outcomes.Contains(outcome))
        {
            return StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", $"outcome must be one of {string.Join(", ", Outcomes.Order(StringComparer.Ordinal))}.");
        }

        var user = StaffUser.From(http.User)!;
        if (ticket.Status == TicketStatus.Assigned && ticket.AssignedTo != user.Username && user.Role != StaffRole.Coordinator)
        {
            return StaffErrors.Problem(StatusCodes.Status409Conflict, "HeldByOther", "Another worker holds this ticket.");
        }

        var change = await handoffs.MoveAsync(ticket.Id, [TicketStatus.Queued, TicketStatus.Assigned], TicketStatus.Resolved, user.Username, assignedTo: null, outcome, cancellationToken);
        if (change != TicketChange.Done)
        {
            return Changed(change, "The ticket is already closed.");
        }

        changes.Publish(Change.Tickets(ticket.Team));
        return Results.Ok();
    }

    private static async Task<IResult> AuditAsync(HttpContext http, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        if (StaffUser.From(http.User) is not { Role: StaffRole.Coordinator })
        {
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only coordinators read the audit log.");
        }

        var entries = await handoffs.GetAuditAsync(500, cancellationToken);
        return Results.Json(entries.Select(entry => new AuditDto(entry.At, entry.Actor, entry.Action, entry.TicketId, entry.ConversationId)).ToList(), StaffJsonContext.Default.ListAuditDto);
    }

    internal static async Task<(TicketRecord? Ticket, IResult? Refused)> FindAsync(HttpContext http, string id, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        if (!Worker(http, out var user, out var refused))
        {
            return (null, refused);
        }

        var ticket = await handoffs.GetTicketAsync(id, cancellationToken);
        if (ticket is null)
        {
            return (null, StaffErrors.Problem(StatusCodes.Status404NotFound, "NotFound", "No such ticket."));
        }

        return user.MayWork(ticket.Team)
            ? (ticket, null)
            : (null, StaffErrors.Problem(StatusCodes.Status403Forbidden, "OtherTeam", "This ticket belongs to another Buurtteam."));
    }

    /// <summary>A ticket the caller holds right now: messages and handing back need the conversation in hand.</summary>
    internal static async Task<(TicketRecord? Ticket, IResult? Refused)> HeldAsync(HttpContext http, string id, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        var (ticket, refused) = await FindAsync(http, id, handoffs, cancellationToken);
        if (ticket is null)
        {
            return (null, refused);
        }

        return ticket.Status == TicketStatus.Assigned && ticket.AssignedTo == StaffUser.From(http.User)!.Username
            ? (ticket, null)
            : (null, StaffErrors.Problem(StatusCodes.Status409Conflict, "NotHeld", "Claim the ticket first; only the worker who holds it can do this."));
    }

    internal static bool Worker(HttpContext http, out StaffUser user, out IResult refused)
    {
        user = StaffUser.From(http.User)!;
        refused = StaffErrors.Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only medewerkers and coordinators work tickets.");
        return user is { Role: StaffRole.Medewerker or StaffRole.Coordinator };
    }

    internal static IResult Changed(TicketChange change, string conflict) => change == TicketChange.NotFound
        ? StaffErrors.Problem(StatusCodes.Status404NotFound, "NotFound", "No such ticket.")
        : StaffErrors.Problem(StatusCodes.Status409Conflict, "Conflict", conflict);

    /// <summary>A row of the inbox; the preview of resident words only for a ticket the worker may open.</summary>
    private static TicketQueueItemDto QueueItem(TicketRecord ticket, KnowledgeBase knowledge, InboxFacts? facts, bool mayOpen) => new(
        ticket.Id, TicketNumber.Format(ticket.Number), ticket.ConversationId, ticket.Status.ToString(), ticket.Team, ticket.Urgency.ToString(), ticket.WaitingSince,
        ticket.AssignedTo, ticket.Summary.Theme, ticket.Summary.Domains, ticket.Summary.Language, TicketWordsMapper.Subject(ticket.Summary, knowledge),
        facts?.Channel ?? string.Empty,
        mayOpen ? ticket.Summary.FirstName : null,
        mayOpen ? InboxPreview.Of(facts?.LastResidentText) : null,
        mayOpen ? facts?.Unread ?? 0 : 0,
        ticket.Summary is { Contact: ContactPreference.CallBack, Phone: not null });

    /// <summary>Who wrote a message: the resident, the bot, or a worker (whose messages carry the account's public id).</summary>
    private static string Author(Conversation.Activities.Activity activity) =>
        activity.From?.Role != Conversation.Activities.RoleTypes.Bot ? "resident"
        : activity.From.Id.StartsWith("staff:", StringComparison.Ordinal) ? "worker"
        : "bot";
}
