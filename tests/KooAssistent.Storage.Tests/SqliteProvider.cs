using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Storage.Tests;

public sealed class SqliteProvider : IStoreProvider
{
    private readonly TemporaryDirectory directory = new();
    private readonly SqliteConnectionFactory connections;

    public SqliteProvider()
    {
        connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        Database = new SqliteDatabase(connections);
    }

    public IStoreDatabase Database { get; }

    public Task MigrateAsync() =>
        new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);

    public IConversationStore CreateConversationStore(TimeProvider clock) => new SqliteConversationStore(connections, clock);

    public IStaffStore CreateStaffStore(TimeProvider clock) => new SqliteStaffStore(connections, clock);

    public IStaffSessionStore CreateSessionStore(TimeProvider clock) => new SqliteStaffSessionStore(connections, clock);

    public StreamTicketStore CreateStreamTicketStore(TimeProvider clock) => new SqliteStreamTicketStore(connections, clock);

    public IHandoffStore CreateHandoffStore(TimeProvider clock) => new SqliteHandoffStore(connections, clock);

    public KooAssistent.Storage.Insights.IInsightStore CreateInsightStore() => new SqliteInsightStore(connections);

    public KooAssistent.Storage.Inbox.InboxStore CreateInboxStore(TimeProvider clock) => new SqliteInboxStore(connections, clock);

    public PrivacyStore CreatePrivacyStore(TimeProvider clock) => new SqlitePrivacyStore(connections, clock);

    public KooAssistent.Storage.WhatsApp.WhatsAppStore CreateWhatsAppStore(TimeProvider clock) => new SqliteWhatsAppStore(connections, clock);

    public KooAssistent.Storage.BotConnector.BotConnectorStore CreateBotConnectorStore(TimeProvider clock) => new SqliteBotConnectorStore(connections, clock);

    public ValueTask DisposeAsync()
    {
        connections.Dispose();
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
