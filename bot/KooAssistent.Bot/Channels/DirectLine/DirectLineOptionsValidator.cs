using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinimumSigningKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < MinimumSigningKeyLength)
        {
            failures.Add($"{DirectLineOptions.SectionName}:TokenSigningKey must be at least {MinimumSigningKeyLength} characters, or empty to let the bot generate one.");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl)
            && !(Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"{DirectLineOptions.SectionName}:PublicBaseUrl must be an absolute http(s) address such as https://chat.example.nl.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
