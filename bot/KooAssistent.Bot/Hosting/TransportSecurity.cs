using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// TLS ends at the reverse proxy (deployment/README.md). The bot believes that proxy's <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-For</c> (from <c>Hosting:KnownProxies</c> and <c>Hosting:KnownNetworks</c> only; nobody by default),
/// so it knows a request was https, whom to throttle, and when to send HSTS; outside Development every https response
/// carries HSTS for a year.
/// </summary>
public static class TransportSecurity
{
    public static IHostApplicationBuilder AddTransportSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>();
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

    private sealed class ForwardedHeadersSetup(IOptions<HostingOptions> hosting) : IConfigureOptions<ForwardedHeadersOptions>
    {
        public void Configure(ForwardedHeadersOptions options)
        {
            // ASP.NET Core trusts loopback out of the box, and with both lists emptied it would trust everyone; here
            // only what the operator listed counts, and with nothing listed the headers are not read at all.
            var configured = hosting.Value.KnownProxies.Length + hosting.Value.KnownNetworks.Length > 0;
            options.ForwardedHeaders = configured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in hosting.Value.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        }
    }
}
