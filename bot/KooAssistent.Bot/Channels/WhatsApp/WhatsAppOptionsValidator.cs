using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// The channel's settings are read when a delivery arrives or a reply leaves; a mistake there would lose a resident's
/// message. Checked at start instead, naming the key (never its value: most are secrets).
/// </summary>
public sealed partial class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public const int MinimumKeyLength = 32;

    private static readonly TimeSpan ShortestDispatchInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestDispatchInterval = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = WhatsAppOptions.SectionName;
        var failures = new List<string>();
        if (options.ConversationIdKey.Length is > 0 and < MinimumKeyLength)
        {
            failures.Add($"{Section}:ConversationIdKey must be at least {MinimumKeyLength} characters, or empty to let the bot generate one.");
        }

        // Some of the four set means someone meant to switch the channel on; with one missing it would stay off silently.
        var required = new Dictionary<string, string>
        {
            ["AppSecret"] = options.AppSecret,
            ["VerifyToken"] = options.VerifyToken,
            ["AccessToken"] = options.AccessToken,
            ["PhoneNumberId"] = options.PhoneNumberId,
        };
        var missing = required.Where(setting => string.IsNullOrEmpty(setting.Value)).Select(setting => $"{Section}:{setting.Key}").ToList();
        if (missing.Count is > 0 and < 4)
        {
            failures.Add($"The WhatsApp channel is half configured: {string.Join(", ", missing)} missing. Set all four, or none to leave the channel off.");
        }

        if (!IsGraphAddress(options.GraphApiBaseUrl))
        {
            failures.Add($"{Section}:GraphApiBaseUrl must be an absolute https address (http only on loopback), e.g. https://graph.facebook.com.");
        }

        if (!ApiVersion().IsMatch(options.ApiVersion ?? string.Empty))
        {
            failures.Add($"{Section}:ApiVersion must look like v25.0.");
        }

        if (options.DispatchInterval < ShortestDispatchInterval || options.DispatchInterval > LongestDispatchInterval)
        {
            failures.Add($"{Section}:DispatchInterval must be between {ShortestDispatchInterval} and {LongestDispatchInterval}.");
        }

        if (!string.IsNullOrEmpty(options.WindowTemplateName) && !TemplateLanguage().IsMatch(options.WindowTemplateLanguage ?? string.Empty))
        {
            failures.Add($"{Section}:WindowTemplateLanguage must be a language code as Meta's templates use it, e.g. nl or en_US.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsGraphAddress(Uri? url) =>
        url is { IsAbsoluteUri: true }
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    [GeneratedRegex("^v[0-9]{1,3}\\.[0-9]{1,3}$")]
    private static partial Regex ApiVersion();

    [GeneratedRegex("^[a-z]{2,3}(_[A-Z]{2})?$")]
    private static partial Regex TemplateLanguage();
}
