using KooAssistent.Bot.Hosting;
using KooAssistent.Storage.BotConnector;
using KooAssistent.Storage.Changes;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The Bot Connector channel (Azure Bot Service: its Direct Line and Web Chat, Teams, the Emulator): <c>/api/messages</c>,
/// the channel token check, the app token for replies and the outbox; and the Teams notifications of waiting tickets.
/// </summary>
public static class BotConnectorExtensions
{
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.SectionName)
            .PostConfigure<IConfiguration>(UseAppServiceIdentity)
            .ValidateSettings(BotConnectorOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<BotConnectorOptions>, BotConnectorOptionsValidator>();
        builder.Services.AddHttpClient();

        // Long-lived (the key cache, the app token, the outbox); their clients come from the factory's pooled handlers.
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ChannelSigningKeys>(
            services, services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ChannelSigningKeys))));
        builder.Services.AddKeyedSingleton(ChannelSigningKeys.Emulator, (services, _) => ActivatorUtilities.CreateInstance<ChannelSigningKeys>(
            services, services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ChannelSigningKeys)), true));
        builder.Services.AddSingleton<ChannelTokenValidator>();
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ConnectorTokenClient>(
            services, services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ConnectorTokenClient))));
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ConnectorApiClient>(
            services, services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ConnectorApiClient))));
        builder.Services.AddSingleton<BotConnectorDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BotConnectorDispatcher>());
        AddTeamsNotifications(builder.Services);
        return builder;
    }

    /// <summary>A Buurtteam's Teams channel hears of its waiting tickets through the same connector and app token.</summary>
    private static void AddTeamsNotifications(IServiceCollection services)
    {
        services.AddSingleton<TeamsNotificationTargets>();
        services.AddSingleton<IValidateOptions<BotConnectorOptions>, TeamsNotificationsValidator>();
        services.AddSingleton<TeamsNotificationStore>();
        services.AddSingleton<TeamsNotificationSignal>();
        services.AddSingleton<IChangeSubscriber>(provider => provider.GetRequiredService<TeamsNotificationSignal>());
        services.AddSingleton<TeamsNotificationWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<TeamsNotificationWorker>());
    }

    /// <summary>
    /// App Service, Functions and Container Apps tell a process where its managed identity's tokens are in the
    /// environment variables <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c>; an endpoint set in the settings wins.
    /// Service Fabric sets the same two with <c>IDENTITY_SERVER_THUMBPRINT</c> for another protocol, not supported: IMDS then.
    /// </summary>
    private static void UseAppServiceIdentity(BotConnectorOptions options, IConfiguration configuration)
    {
        if (options.IsManagedIdentity && options.ManagedIdentityEndpoint.Length == 0
            && configuration["IDENTITY_ENDPOINT"] is { Length: > 0 } endpoint && configuration["IDENTITY_HEADER"] is { Length: > 0 } header
            && string.IsNullOrEmpty(configuration["IDENTITY_SERVER_THUMBPRINT"]))
        {
            options.ManagedIdentityEndpoint = endpoint;
            options.ManagedIdentityHeader = header;
        }
    }

    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        BotConnectorEndpoints.Map(app);
        return app;
    }
}
