using System.Net;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Every known proxy must parse as an address and every network as CIDR: a typo would otherwise silently trust nobody,
/// or the wrong network. The setting's earlier name (<c>ReverseProxy:KnownNetworks</c>) is refused with its new one, so an
/// upgrade does not quietly stop trusting the ingress.
/// </summary>
public sealed class HostingOptionsValidator(IConfiguration configuration) : IValidateOptions<HostingOptions>
{
    public const string FormerSectionName = "ReverseProxy";

    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var badProxies = options.KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)).ToList();
        if (badProxies.Count > 0)
        {
            failures.Add($"{HostingOptions.SectionName}:KnownProxies has {Quoted(badProxies)}; write each as one IP address, e.g. 10.1.2.3.");
        }

        var badNetworks = options.KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)).ToList();
        if (badNetworks.Count > 0)
        {
            failures.Add($"{HostingOptions.SectionName}:KnownNetworks has {Quoted(badNetworks)}; write each in CIDR notation, e.g. 10.0.0.0/8.");
        }

        if (configuration.GetSection(FormerSectionName).AsEnumerable().Any(setting => !string.IsNullOrEmpty(setting.Value)))
        {
            failures.Add($"{FormerSectionName}:KnownNetworks is now {HostingOptions.SectionName}:KnownNetworks (and {HostingOptions.SectionName}:KnownProxies for single addresses); move the setting.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(value => $"'{value}'"));
}
