using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KooAssistent.Storage.Tests;

/// <summary>A schema of its own per test in the server named by <c>KOO_TEST_POSTGRES</c> (<see cref="PostgresTestSchema"/>).</summary>
public sealed class PostgresProvider : IStoreProvider
{
    private readonly PostgresTestSchema schema = new();
    private readonly NpgsqlDataSource dataSource;

    public PostgresProvider()
    {
        dataSource = NpgsqlDataSource.Create(schema.ConnectionString);
        Database = new PostgresDatabase(dataSource);
    }

    public PostgresDatabase Postgres => (PostgresDatabase)Database;

    public IStoreDatabase Database { get; }

    public Task MigrateAsync() => NewMigrator().MigrateAsync(CancellationToken.None);

    public PostgresMigrator NewMigrator() => new(Postgres, new ManualClock(), NullLogger<PostgresMigrator>.Instance);

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

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await schema.DisposeAsync();
    }
}
