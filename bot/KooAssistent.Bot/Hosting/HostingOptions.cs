namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Configuration section <c>Hosting</c>: the TLS proxy or ingress in front of the bot (deployment/README.md). Its
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only when the connection comes from an address
/// listed here; empty (the default) trusts nobody, not even loopback, because anyone could claim any address or https.
/// </summary>
public sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>Single addresses of proxies, e.g. <c>127.0.0.1</c> for an nginx on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. <c>10.0.0.0/8</c>, the cluster's pod network where the ingress runs.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>
    /// Load the brain (knowledge index, danger lexicons, classifier) while starting, before readiness says ready; off,
    /// the first resident's message pays for it (seconds). Tests that start many hosts switch it off.
    /// </summary>
    public bool WarmUpAtStart { get; set; } = true;
}
