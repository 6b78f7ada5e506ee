using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>An origin is compared exactly with the browser's <c>Origin</c> header, so it must look exactly like one.</summary>
public sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bad = options.AllowedOrigins.Where(origin => !IsOrigin(origin)).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{WebChatOptions.SectionName}:AllowedOrigins has {string.Join(", ", bad.Select(origin => $"'{origin}'"))}; write each as scheme://host[:port] without a path or trailing slash.");
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.Equals(value, uri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
}
