using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Bot.Tests.Persistence;

public sealed class SqliteWhatsAppStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task An_empty_outbox_reads_as_nothing_pending()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var outbox = new SqliteWhatsAppStore(db.Connections, db.Clock);

        Assert.Empty(await outbox.GetPendingDeliveriesAsync(None));
    }

    [Fact]
    public async Task A_conversation_is_pending_from_its_first_message_until_the_cursor_reaches_its_last()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var outbox = new SqliteWhatsAppStore(db.Connections, db.Clock);
        await db.Store.CreateConversationAsync(new NewConversation("wa1", WhatsAppConversations.Channel, "31611111111", "nl-NL"), None);
        var message = new Activity { Type = ActivityTypes.Message, Text = "hallo", From = new ChannelAccount("31611111111", Role: RoleTypes.User) };
        var stored = await db.Store.AppendInboundAsync(new InboundActivity("wa1", message, "wamid.1", TurnTrigger.Message), None);

        var pending = Assert.Single(await outbox.GetPendingDeliveriesAsync(None));
        await outbox.MarkDeliveredAsync("wa1", stored.Stored!.Sequence, None);

        Assert.Equal(new WhatsAppDelivery("wa1", "31611111111", 0, stored.Stored!.Sequence), pending);
        Assert.Empty(await outbox.GetPendingDeliveriesAsync(None));
    }
}
