using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;

namespace KooAssistent.Storage.Tests;

/// <summary>A schema of its own per test in the server named by <c>KOO_TEST_POSTGRES</c> (<see cref="PostgresTestSchema"/>).</summary>
public sealed class PostgresProvider : IStoreProvider
{
    private readonly PostgresTestDatabase database = new();

    public PostgresDatabase Postgres => database.Database;

    public IStoreDatabase Database => database.Database;

    public Task MigrateAsync() => database.MigrateAsync();

    public PostgresMigrator NewMigrator() => database.NewMigrator();

    public IConversationStore CreateConversationStore(TimeProvider clock) => new PostgresConversationStore(Postgres, clock);

    public IStaffStore CreateStaffStore(TimeProvider clock) => new PostgresStaffStore(Postgres, clock);

    public IStaffSessionStore CreateSessionStore(TimeProvider clock) => new PostgresStaffSessionStore(Postgres, clock);

    public StreamTicketStore CreateStreamTicketStore(TimeProvider clock) => new PostgresStreamTicketStore(Postgres, clock);

    public IHandoffStore CreateHandoffStore(TimeProvider clock) => new PostgresHandoffStore(Postgres, clock);

    public KooAssistent.Storage.Insights.IInsightStore CreateInsightStore() => new PostgresInsightStore(Postgres);

    public KooAssistent.Storage.Inbox.InboxStore CreateInboxStore(TimeProvider clock) => new PostgresInboxStore(Postgres, clock);

    public PrivacyStore CreatePrivacyStore(TimeProvider clock) => new PostgresPrivacyStore(Postgres, clock);

    public KooAssistent.Storage.WhatsApp.WhatsAppStore CreateWhatsAppStore(TimeProvider clock) => new PostgresWhatsAppStore(Postgres, clock);

    public KooAssistent.Storage.BotConnector.BotConnectorStore CreateBotConnectorStore(TimeProvider clock) => new PostgresBotConnectorStore(Postgres, clock);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
