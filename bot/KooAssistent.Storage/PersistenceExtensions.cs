using KooAssistent.Storage.BotConnector;
using KooAssistent.Storage.Inbox;
using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.WhatsApp;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KooAssistent.Storage;

public static class PersistenceExtensions
{
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PersistenceOptions>()
            .BindConfiguration(PersistenceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PersistenceOptions>, PersistenceOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(services =>
            new DataDirectory(Path.GetFullPath(services.GetRequiredService<IOptions<PersistenceOptions>>().Value.DataDirectory, contentRoot)));
        AddProviders(builder.Services);

        builder.Services.AddStore<IStoreMigrator, SqliteMigrator, PostgresMigrator>();
        builder.Services.AddStore<IConversationStore, SqliteConversationStore, PostgresConversationStore>();
        builder.Services.AddStore<Tickets.IHandoffStore, SqliteHandoffStore, PostgresHandoffStore>();
        builder.Services.AddStore<InboxStore, SqliteInboxStore, PostgresInboxStore>();
        builder.Services.AddStore<Staff.IStaffStore, SqliteStaffStore, PostgresStaffStore>();
        builder.Services.AddStore<Staff.IPasswordUpgradeStore, SqliteStaffStore, PostgresStaffStore>();
        builder.Services.AddStore<Staff.IStaffSessionStore, SqliteStaffSessionStore, PostgresStaffSessionStore>();
        builder.Services.AddStore<StreamTicketStore, SqliteStreamTicketStore, PostgresStreamTicketStore>();
        builder.Services.AddStore<Insights.IInsightStore, SqliteInsightStore, PostgresInsightStore>();
        builder.Services.AddStore<PrivacyStore, SqlitePrivacyStore, PostgresPrivacyStore>();
        builder.Services.AddStore<WhatsAppStore, SqliteWhatsAppStore, PostgresWhatsAppStore>();
        builder.Services.AddStore<BotConnectorStore, SqliteBotConnectorStore, PostgresBotConnectorStore>();
        builder.Services.AddSingleton<Keys.KeyStore>();
        builder.Services.AddSingleton<TurnLeaseStore>();
        builder.Services.AddOptions<Insights.InsightsOptions>()
            .BindConfiguration(Insights.InsightsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Registered first so the schema is current before any other background service touches the database.
        builder.Services.AddHostedService<DatabaseMigrationService>();
        builder.Services.AddHostedService<SharedDatabaseNotice>();
        AddChangeFeed(builder.Services);
        builder.Services.AddSingleton<RetentionWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionWorker>());
        return builder;
    }

    /// <summary>
    /// The connections of both providers, each usable only when it is the configured one: a store left on SQLite while
    /// the bot runs on PostgreSQL fails at its first use instead of quietly keeping residents' data in a local file.
    /// </summary>
    private static void AddProviders(IServiceCollection services)
    {
        services.AddSingleton(services =>
        {
            var options = OptionsOf(services);
            if (options.Provider != PersistenceProvider.Sqlite)
            {
                throw new InvalidOperationException($"A SQLite store was asked for, but {PersistenceOptions.SectionName}:Provider is '{options.Provider}'.");
            }

            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={services.GetRequiredService<DataDirectory>().File("koo.db")}"
                : options.ConnectionString;
            return new SqliteConnectionFactory(connectionString);
        });
        services.AddSingleton(services => NpgsqlDataSource.Create(OptionsOf(services).ConnectionString!));
        services.AddSingleton(services => new PostgresDatabase(services.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<IStoreDatabase>(services => OptionsOf(services).Provider == PersistenceProvider.Postgres
            ? services.GetRequiredService<PostgresDatabase>()
            : new SqliteDatabase(services.GetRequiredService<SqliteConnectionFactory>()));
    }

    /// <summary>
    /// Changes reach this process's subscribers at once; on PostgreSQL they also travel to the other instances
    /// (NOTIFY), and a listener raises theirs here. On SQLite there is one instance and nothing to listen for.
    /// </summary>
    private static void AddChangeFeed(IServiceCollection services)
    {
        services.AddSingleton<Changes.LocalChangeFeed>();
        services.AddSingleton<PostgresChangeFeed>();
        services.AddSingleton<PostgresChangeChannel>();
        services.AddSingleton<PostgresChangeSender>();
        services.AddSingleton<PostgresChangeListener>();
        services.AddSingleton<Changes.IChangeFeed>(services => OptionsOf(services).Provider == PersistenceProvider.Postgres
            ? services.GetRequiredService<PostgresChangeFeed>()
            : services.GetRequiredService<Changes.LocalChangeFeed>());
        services.AddSingleton<IHostedService>(services => OptionsOf(services).Provider == PersistenceProvider.Postgres
            ? services.GetRequiredService<PostgresChangeSender>()
            : NoWork.Instance);
        services.AddSingleton<IHostedService>(services => OptionsOf(services).Provider == PersistenceProvider.Postgres
            ? services.GetRequiredService<PostgresChangeListener>()
            : NoWork.Instance);
    }

    /// <summary>Registers <typeparamref name="TService"/> as the configured provider's implementation.</summary>
    private static void AddStore<TService, TSqlite, TPostgres>(this IServiceCollection services)
        where TService : class
        where TSqlite : TService
        where TPostgres : TService
    {
        services.AddSingleton<TService>(services => OptionsOf(services).Provider == PersistenceProvider.Postgres
            ? ActivatorUtilities.CreateInstance<TPostgres>(services)
            : ActivatorUtilities.CreateInstance<TSqlite>(services));
    }

    private static PersistenceOptions OptionsOf(IServiceProvider services) => services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
}
