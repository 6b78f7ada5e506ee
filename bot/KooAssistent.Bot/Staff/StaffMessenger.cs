using KooAssistent.Bot.Handoff;
using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;
using KooAssistent.Storage;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// The one way staff reach a resident: stored as an activity of the conversation (so the resident's own channel
/// delivers it, and a reconnect finds it), then listeners are woken; only the worker's typing is shown live unstored. The resident sees the worker's display name and
/// public id, never the sign-in name: that is half of what signing in takes.
/// </summary>
public sealed class StaffMessenger(
    IConversationStore conversations, IHandoffStore handoffs, IStaffStore staff, IConversationNotifier notifier, IChangeFeed changes, KnowledgeBase knowledge, KooAssistent.Conversation.Dialog.IConversationBrain brain)
{
    public async Task SendAsync(TicketRecord ticket, StaffUser worker, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(worker);
        await PostAsync(ticket, Activity.Message(text) with { From = (await AccountAsync(worker, cancellationToken)).Channel }, cancellationToken);
        await handoffs.MarkFirstReplyAsync(ticket.Id, cancellationToken);
    }

    /// <summary>Outside WhatsApp's 24-hour window: the configured template instead of free text.</summary>
    public async Task SendWindowTemplateAsync(TicketRecord ticket, StaffUser worker, string name, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(worker);
        var data = System.Text.Json.JsonDocument.Parse(
            $"{{\"whatsappTemplate\":{{\"name\":\"{System.Text.Json.JsonEncodedText.Encode(name)}\",\"language\":\"{System.Text.Json.JsonEncodedText.Encode(language)}\"}}}}").RootElement.Clone();
        await PostAsync(ticket, Activity.Message($"[WhatsApp-sjabloon {name}]") with { From = (await AccountAsync(worker, cancellationToken)).Channel, ChannelData = data }, cancellationToken);
        await handoffs.MarkFirstReplyAsync(ticket.Id, cancellationToken);
    }

    /// <summary>
    /// The worker is typing a reply: on Web Chat the resident sees Web Chat's typing indicator under the worker's name
    /// (a Direct Line <c>typing</c> activity on the open stream, never stored, gone after 5 seconds or with the message).
    /// Other channels carry none from here: WhatsApp's would mark the resident's messages as read.
    /// </summary>
    public async Task TypingAsync(TicketRecord ticket, StaffUser worker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(worker);
        if (await conversations.GetConversationAsync(ticket.ConversationId, cancellationToken) is not { Channel: Channels.DirectLine.ClientActivityMapper.Channel } conversation)
        {
            return;
        }

        var typing = new Activity { Type = ActivityTypes.Typing, From = (await AccountAsync(worker, cancellationToken)).Channel };
        notifier.Ephemeral(conversation.Id, Addressed(conversation, ticket, typing));
    }

    public async Task WorkerJoinedAsync(TicketRecord ticket, StaffUser worker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(worker);
        var (account, displayName) = await AccountAsync(worker, cancellationToken);
        var replies = knowledge.RepliesFor(ticket.Summary.Language);
        var team = ticket.Team == TeamDirectory.Unknown ? "het Buurtteam" : ticket.Team;
        var text = replies[ReplyKey.HandoffWorkerJoined]
            .Replace("{naam}", displayName, StringComparison.Ordinal)
            .Replace("{team}", team, StringComparison.Ordinal);
        await PostAsync(ticket, Activity.Message(text) with { From = account }, cancellationToken);
    }

    public Task ReturnedToBotAsync(TicketRecord ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var text = knowledge.RepliesFor(ticket.Summary.Language)[ReplyKey.HandoffReturned];
        return PostAsync(ticket, Activity.Message(text) with { From = BotIdentity.Account }, cancellationToken);
    }

    /// <summary>
    /// The resident asked the worker to erase the conversation: everything goes, the ticket too, and the resident
    /// gets the same confirmation as when they erase it themselves; the brain keeps nothing of what they said.
    /// </summary>
    public async Task<bool> EraseAsync(TicketRecord ticket, StaffUser worker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(worker);
        if (await conversations.GetConversationAsync(ticket.ConversationId, cancellationToken) is not { } conversation)
        {
            return false;
        }

        var confirmation = Addressed(conversation, ticket, Activity.Message(knowledge.RepliesFor(ticket.Summary.Language)[ReplyKey.Erased]) with { From = BotIdentity.Account });
        var erased = await conversations.EraseTranscriptAsync(conversation.Id, "staff:" + worker.Username, [confirmation], brain.Forget(conversation.BrainState), cancellationToken);
        changes.Publish(Change.Conversation(conversation.Id));
        return erased;
    }

    private async Task PostAsync(TicketRecord ticket, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = await conversations.GetConversationAsync(ticket.ConversationId, cancellationToken)
            ?? throw new ConversationNotFoundException(ticket.ConversationId);
        var addressed = Addressed(conversation, ticket, activity);

        // On WhatsApp the outbox sends it later: the worker's request's trace goes with it to the Graph API call.
        await conversations.AppendOutboundAsync(conversation.Id, Hosting.DeliveryTrace.StampForOutbox(conversation.Channel, addressed), cancellationToken);
        changes.Publish(Change.Conversation(conversation.Id));
    }

    private static Activity Addressed(StoredConversation conversation, TicketRecord ticket, Activity activity) =>
        activity with
        {
            ChannelId = conversation.Channel,
            Recipient = new ChannelAccount(conversation.UserId, Role: RoleTypes.User),
            Conversation = new ConversationAccount(conversation.Id),
            Locale = Locales.For(ticket.Summary.Language),
        };

    /// <summary>How the resident sees the worker. Sessions are checked against the account on every request, so it exists.</summary>
    private async Task<(ChannelAccount Channel, string DisplayName)> AccountAsync(StaffUser worker, CancellationToken cancellationToken)
    {
        var account = await staff.FindAsync(worker.Username, cancellationToken)
            ?? throw new InvalidOperationException("The signed-in worker's account no longer exists.");
        return (new ChannelAccount($"staff:{account.PublicId}", account.DisplayName, RoleTypes.Bot), account.DisplayName);
    }
}
