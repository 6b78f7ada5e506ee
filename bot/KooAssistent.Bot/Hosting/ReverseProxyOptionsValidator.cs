using System.Net;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>Every known network must parse as CIDR: a typo would otherwise silently trust nobody, or the wrong network.</summary>
public sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bad = options.KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ReverseProxyOptions.SectionName}:KnownNetworks has {string.Join(", ", bad.Select(network => $"'{network}'"))}; write each in CIDR notation, e.g. 10.0.0.0/8.");
    }
}
