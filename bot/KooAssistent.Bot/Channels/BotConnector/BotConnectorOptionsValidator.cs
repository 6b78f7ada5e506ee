using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Checked at start, naming the key and never its value: a mistake found when the first Teams message arrives would
/// lose it. Only what this bot implements is accepted (<c>UserAssignedMSI</c> and certificates are not, yet).
/// </summary>
public sealed class BotConnectorOptionsValidator : IValidateOptions<BotConnectorOptions>
{
    private static readonly TimeSpan ShortestDispatchInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestDispatchInterval = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = BotConnectorOptions.SectionName;
        var failures = new List<string>();
        if (!string.Equals(options.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(options.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Section}:MicrosoftAppType must be SingleTenant or MultiTenant (UserAssignedMSI is not supported yet).");
        }

        if (options.HasAppId && options.MicrosoftAppPassword.Length == 0)
        {
            failures.Add($"{Section}:MicrosoftAppPassword is required when {Section}:MicrosoftAppId is set: replies need an app token.");
        }

        if (!options.HasAppId && options.MicrosoftAppPassword.Length > 0)
        {
            failures.Add($"{Section}:MicrosoftAppPassword is set without {Section}:MicrosoftAppId.");
        }

        if (options.HasAppId && options.IsSingleTenant && options.MicrosoftAppTenantId.Length == 0 && options.ToChannelFromBotLoginUrl.Length == 0)
        {
            failures.Add($"{Section}:MicrosoftAppTenantId is required for a SingleTenant bot.");
        }

        if (options.ToChannelFromBotLoginUrl.Length > 0 && !Uri.TryCreate(options.ToChannelFromBotLoginUrl, UriKind.Absolute, out _))
        {
            failures.Add($"{Section}:ToChannelFromBotLoginUrl must be an absolute URL.");
        }

        if (!options.EmulatorOpenIdMetadataUrl.IsAbsoluteUri)
        {
            failures.Add($"{Section}:EmulatorOpenIdMetadataUrl must be an absolute URL.");
        }

        if (!options.OpenIdMetadataUrl.IsAbsoluteUri)
        {
            failures.Add($"{Section}:OpenIdMetadataUrl must be an absolute URL.");
        }

        if (options.TokenIssuer.Length == 0)
        {
            failures.Add($"{Section}:TokenIssuer must not be empty.");
        }

        if (options.DispatchInterval < ShortestDispatchInterval || options.DispatchInterval > LongestDispatchInterval)
        {
            failures.Add($"{Section}:DispatchInterval must be between {ShortestDispatchInterval} and {LongestDispatchInterval}.");
        }

        if (options.KeyRefreshMinimumInterval < TimeSpan.Zero || options.KeyRefreshInterval < options.KeyRefreshMinimumInterval)
        {
            failures.Add($"{Section}:KeyRefreshInterval must be at least {Section}:KeyRefreshMinimumInterval, and both positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
