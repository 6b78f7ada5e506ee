using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// TLS ends at the reverse proxy (deployment/README.md). The bot believes that proxy's <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-For</c> (loopback and <c>ReverseProxy:KnownNetworks</c> only), so it knows a request was https,
/// whom to throttle, and when to send HSTS; outside Development every https response carries HSTS for a year.
/// </summary>
public static class TransportSecurity
{
    public static IHostApplicationBuilder AddTransportSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidator>();
        builder.Services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ForwardedHeadersSetup>();

        // A year, the minimum browsers' preload lists ask for; subdomains of the bot's host are not the bot's to pin.
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's scheme and address.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Sent only on https responses, and not for localhost (HstsOptions.ExcludedHosts).
            app.UseHsts();
        }

        return app;
    }

    private sealed class ForwardedHeadersSetup(IOptions<ReverseProxyOptions> proxy) : IConfigureOptions<ForwardedHeadersOptions>
    {
        public void Configure(ForwardedHeadersOptions options)
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in proxy.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        }
    }
}
