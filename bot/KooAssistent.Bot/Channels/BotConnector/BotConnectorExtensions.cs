using KooAssistent.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The Bot Connector channel (Azure Bot Service: its Direct Line and Web Chat, Teams, the Emulator): <c>/api/messages</c>,
/// the channel token check, the app token for replies and the outbox.
/// </summary>
public static class BotConnectorExtensions
{
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.SectionName).ValidateSettings(BotConnectorOptions.SectionName);
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
        return builder;
    }

    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        BotConnectorEndpoints.Map(app);
        return app;
    }
}
