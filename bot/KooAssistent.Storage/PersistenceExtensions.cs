using KooAssistent.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={services.GetRequiredService<DataDirectory>().File("koo.db")}"
                : options.ConnectionString;
            return new SqliteConnectionFactory(connectionString);
        });
        builder.Services.AddSingleton<SqliteMigrator>();
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton<Tickets.IHandoffStore, SqliteHandoffStore>();
        builder.Services.AddSingleton<SqliteInboxStore>();
        builder.Services.AddSingleton<Staff.IStaffStore, SqliteStaffStore>();
        builder.Services.AddSingleton<Staff.IPasswordUpgradeStore, SqliteStaffStore>();
        builder.Services.AddSingleton<Staff.IStaffSessionStore, SqliteStaffSessionStore>();
        builder.Services.AddSingleton<StreamTicketStore, SqliteStreamTicketStore>();
        builder.Services.AddSingleton<Insights.IInsightStore, SqliteInsightStore>();
        builder.Services.AddOptions<Insights.InsightsOptions>()
            .BindConfiguration(Insights.InsightsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Registered first so the schema is current before any other background service touches the database.
        builder.Services.AddHostedService<DatabaseMigrationService>();
        builder.Services.AddSingleton<RetentionWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionWorker>());
        return builder;
    }
}
