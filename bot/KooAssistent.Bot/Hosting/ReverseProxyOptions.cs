namespace KooAssistent.Bot.Hosting;

/// <summary>Configuration section <c>ReverseProxy</c>: the TLS proxy or ingress in front of the bot (deployment/README.md).</summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>
    /// Networks in CIDR notation (e.g. <c>10.0.0.0/8</c>, the cluster's pod network) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> the bot believes; loopback always is. Anyone else could claim any address or https.
    /// </summary>
    public string[] KnownNetworks { get; set; } = [];
}
