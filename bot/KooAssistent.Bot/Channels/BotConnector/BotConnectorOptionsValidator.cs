using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Checked at start, naming the key and never its value: a mistake found when the first Teams message arrives would
/// lose it. A certificate is read here once, so a missing file, a wrong password or a thumbprint the store does not
/// hold with its private key stops the start.
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
        if (!options.IsSingleTenant && !options.IsManagedIdentity
            && !string.Equals(options.MicrosoftAppType, BotConnectorOptions.MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Section}:MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI.");
        }

        failures.AddRange(CredentialFailures(options));
        if (options.HasAppId && (options.IsSingleTenant || options.IsManagedIdentity) && options.MicrosoftAppTenantId.Length == 0 && options.ToChannelFromBotLoginUrl.Length == 0)
        {
            failures.Add($"{Section}:MicrosoftAppTenantId is required for a {options.MicrosoftAppType} bot.");
        }

        if (options.ManagedIdentityEndpoint.Length > 0
            && (!Uri.TryCreate(options.ManagedIdentityEndpoint, UriKind.Absolute, out var identityEndpoint) || identityEndpoint.Scheme is not ("http" or "https")))
        {
            failures.Add($"{Section}:ManagedIdentityEndpoint must be an absolute http(s) URL.");
        }

        failures.AddRange(CloudSettingsCheck.Failures(options));
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

    /// <summary>
    /// Exactly one way to get the reply token: a password, a certificate file or a certificate in the store; or, for a
    /// managed identity, none of them and the identity's client id as the app id (as the SDK's
    /// <c>ConfigurationServiceClientCredentialFactory</c> demands).
    /// </summary>
    private static IEnumerable<string> CredentialFailures(BotConnectorOptions options)
    {
        const string Section = BotConnectorOptions.SectionName;
        var credentials = new[] { options.MicrosoftAppPassword.Length > 0, options.HasCertificateFile, options.HasCertificateInStore }.Count(isSet => isSet);
        const string Keys = $"{Section}:MicrosoftAppPassword, {Section}:MicrosoftAppCertificatePath and {Section}:CertificateThumbprint";
        if (!options.HasAppId)
        {
            if (options.IsManagedIdentity)
            {
                yield return $"A UserAssignedMSI bot needs {Section}:MicrosoftAppId: the managed identity's client id.";
            }
            else if (credentials > 0)
            {
                yield return $"{Keys} are for a bot with {Section}:MicrosoftAppId; it is empty.";
            }

            yield break;
        }

        if (options.IsManagedIdentity)
        {
            if (credentials > 0)
            {
                yield return $"A UserAssignedMSI bot takes its token from the managed identity: {Keys} must be empty.";
            }

            yield break;
        }

        if (credentials != 1)
        {
            yield return $"{Section}:MicrosoftAppId needs exactly one of {Keys}: replies need an app token.";
            yield break;
        }

        if (options.HasCertificateFile && AppCertificate.FileProblem(options.MicrosoftAppCertificatePath, options.MicrosoftAppCertificatePassword) is { } fileProblem)
        {
            yield return $"{Section}:MicrosoftAppCertificatePath: {fileProblem}";
        }

        if (options.HasCertificateInStore && !AppCertificate.IsStoreLocation(options.CertificateStoreLocation))
        {
            yield return $"{Section}:CertificateStoreLocation must be CurrentUser or LocalMachine.";
        }
        else if (options.HasCertificateInStore && AppCertificate.StoreProblem(options) is { } storeProblem)
        {
            yield return $"{Section}:CertificateThumbprint: {storeProblem}";
        }
    }
}
