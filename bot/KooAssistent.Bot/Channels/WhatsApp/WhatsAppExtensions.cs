using KooAssistent.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>The WhatsApp channel: webhook endpoints, the Graph API client and the outbox. Off until configured.</summary>
public static class WhatsAppExtensions
{
    public static IHostApplicationBuilder AddWhatsApp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WhatsAppOptions>().BindConfiguration(WhatsAppOptions.SectionName).ValidateSettings(WhatsAppOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidator>();
        builder.Services.AddSingleton<WhatsAppConversationIds>();
        builder.Services.AddHostedService<WhatsAppConversationIdMigration>();
        builder.Services.AddSingleton<CustomerServiceWindow>();
        builder.Services.AddHttpClient<GraphApiClient>();
        // The typed client is resolved once for the long-lived outbox; its handler is pooled by the factory.
        builder.Services.AddSingleton<WhatsAppDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WhatsAppDispatcher>());
        return builder;
    }

    public static IEndpointRouteBuilder MapWhatsApp(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        WhatsAppWebhookEndpoints.Map(app);
        return app;
    }
}
