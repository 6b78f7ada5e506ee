using KooAssistent.Storage.BotConnector;
using KooAssistent.Storage.Insights;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>
/// A conversation (WhatsApp unless told otherwise) with a row in every place the stores keep one: transcript, turns, a ticket with its history,
/// note, read mark and call, insight figures and a gap, the WhatsApp cursor and a dead letter, a Bot Connector
/// reference and a Teams notification. Its ticket is <c>t-</c> and the conversation id.
/// </summary>
internal static class ConversationSeed
{
    public const string WaId = "31612345678";

    public static async Task WriteAsync(IStoreProvider provider, TimeProvider clock, string conversationId, string channel = WhatsApp.WhatsAppConversations.Channel, string userId = WaId)
    {
        var none = CancellationToken.None;
        var store = provider.CreateConversationStore(clock);
        await store.CreateConversationAsync(new NewConversation(conversationId, channel, userId, "nl-NL"), none);
        await store.CompleteTurnAsync((await store.GetNextPendingTurnAsync(conversationId, none))!, [], null, none);
        await store.AppendInboundAsync(Inbound(conversationId, "ik heb schulden en mijn huur is te laat", "wa:" + conversationId), none);
        var now = clock.GetUtcNow();
        var insight = new InsightRecord(
            new InsightTurn(conversationId, channel, now, "handoff", "geld", "schulden"),
            new InsightFeedback(conversationId, "schulden", Helped: false, now),
            new InsightGap(conversationId, now, GapKinds.LowConfidence, "handoff", "nl", "ik heb schulden", "huur schuld", "geld", null));
        await store.CompleteTurnAsync((await store.GetNextPendingTurnAsync(conversationId, none))!, [BotReply("ik zoek iemand voor je")], "{}", Ticket("t-" + conversationId), insight, none);

        var handoffs = provider.CreateHandoffStore(clock);
        var ticket = (await handoffs.GetTicketAsync("t-" + conversationId, none))!;
        await handoffs.AddNoteAsync(ticket.Id, "anna", "eerst bellen", none);
        var inbox = provider.CreateInboxStore(clock);
        await inbox.MarkReadAsync(ticket.Id, "anna", 1, none);
        await inbox.AddCallAsync(ticket, "anna", "bereikt", none);

        var whatsapp = provider.CreateWhatsAppStore(clock);
        await whatsapp.MarkDeliveredAsync(conversationId, 1, none);
        await whatsapp.DeadLetterAsync(conversationId, 2, "131026", none);
        await provider.CreateBotConnectorStore(clock).SaveReferenceAsync(
            new ConnectorReference(conversationId, "msteams", "https://smba.example/", "19:" + conversationId, "bot-id", "Koo", "user-" + conversationId), none);
        await new TeamsNotificationStore(provider.Database, clock).ClaimAsync([ticket.Team], "seed", TimeSpan.FromMinutes(5), none);
    }
}
