namespace KooAssistent.Storage.Tests;

/// <summary>
/// A fresh, migrated database of one provider for one test: a SQLite file in a temporary folder, or a schema of its
/// own in the PostgreSQL server that <c>scripts/test.sh</c> starts.
/// </summary>
public interface IStoreProvider : IAsyncDisposable
{
    IStoreDatabase Database { get; }

    Task MigrateAsync();

    IConversationStore CreateConversationStore(TimeProvider clock);

    Staff.IStaffStore CreateStaffStore(TimeProvider clock);

    Staff.IStaffSessionStore CreateSessionStore(TimeProvider clock);

    Tickets.IHandoffStore CreateHandoffStore(TimeProvider clock);

    StreamTicketStore CreateStreamTicketStore(TimeProvider clock);

    Insights.IInsightStore CreateInsightStore();

    Inbox.InboxStore CreateInboxStore(TimeProvider clock);

    PrivacyStore CreatePrivacyStore(TimeProvider clock);

    WhatsApp.WhatsAppStore CreateWhatsAppStore(TimeProvider clock);

    BotConnector.BotConnectorStore CreateBotConnectorStore(TimeProvider clock);
}
