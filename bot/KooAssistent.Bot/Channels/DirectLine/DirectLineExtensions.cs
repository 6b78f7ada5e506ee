using System.Globalization;
using System.Threading.RateLimiting;
using KooAssistent.Bot.Hosting;
using KooAssistent.Storage;
using KooAssistent.Storage.Keys;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

public static class DirectLineExtensions
{
    public const string CorsPolicy = "webchat";

    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateSettings(DirectLineOptions.SectionName);
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateSettings(WebChatOptions.SectionName);
        services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();

        // Resolved at the first Direct Line request, after the host has migrated the database.
        services.AddSingleton(services => services.GetRequiredService<IOptions<PersistenceOptions>>().Value.Provider == PersistenceProvider.Postgres
            ? TokenSigningKey.SharedAsync(
                services.GetRequiredService<IOptions<DirectLineOptions>>(),
                services.GetRequiredService<KeyStore>(),
                services.GetRequiredService<ILogger<TokenSigningKey>>(),
                CancellationToken.None).GetAwaiter().GetResult()
            : ActivatorUtilities.CreateInstance<TokenSigningKey>(services));
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<ConversationTokenRenewal>();
        services.AddSingleton<StreamUrls>();
        services.AddSingleton<StreamRegistry>();
        services.AddSingleton<DirectLineStreamSession>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<OriginPolicy>();

        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>, WebChatCorsSetup>();
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, WebChatTokenRateLimitSetup>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var directLine = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);

        // The stream authenticates with the ticket in its URL; everything else with the Bearer token.
        directLine.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);

        var api = directLine.MapGroup(string.Empty)
            .AddEndpointFilter<DirectLineAuthorizationFilter>()
            .AddEndpointFilter<DirectLineRateLimitFilter>();

        // Anybody can get a token, so these limits are what an anonymous client can make the bot read.
        var limits = app.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>();
        api.MapPost("/tokens/refresh", ConversationEndpoints.RefreshAsync);
        api.MapPost("/conversations", ConversationEndpoints.StartAsync).WithBodyLimit(ConversationEndpoints.MaxStartBodyBytes);
        api.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        api.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        api.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync).WithBodyLimit(() => limits.Value.MaxActivityBytes);
        api.MapPost("/conversations/{conversationId}/upload", UploadEndpoint.PostAsync).WithBodyLimit(() => UploadEndpoint.MaxBodyBytes(limits.Value));

        directLine.MapFallback("{**path}", () => DirectLineErrors.NotFound("There is no such Direct Line endpoint."));

        app.MapPost("/api/webchat/token", WebChatTokenEndpoint.Post)
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(WebChatTokenEndpoint.RateLimitPolicy);
        return app;
    }

    /// <summary>Browsers on the embedding sites may call the API; DirectLineJS also sends <c>x-ms-bot-agent</c>.</summary>
    private sealed class WebChatCorsSetup(IOptions<WebChatOptions> webChat) : IConfigureOptions<CorsOptions>
    {
        public void Configure(CorsOptions options) =>
            options.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(webChat.Value.AllowedOrigins)
                .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
                .WithMethods("GET", "POST")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
    }

    /// <summary>
    /// New conversations per client address (an IPv6 /64 as one), so nobody can mint tokens (and conversations) in bulk.
    /// </summary>
    private sealed class WebChatTokenRateLimitSetup(IOptions<WebChatOptions> webChat) : IConfigureOptions<RateLimiterOptions>
    {
        public void Configure(RateLimiterOptions options)
        {
            var perMinute = webChat.Value.TokenRequestsPerMinute;
            options.AddPolicy(WebChatTokenEndpoint.RateLimitPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress.Key(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await DirectLineErrors.TooManyRequests("Too many new conversations from this address; try again in a minute.").ExecuteAsync(context.HttpContext);
            };
        }
    }
}
