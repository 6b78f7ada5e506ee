using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Which browser origins may open a conversation stream (OWASP ASVS 4.4.2, cross-site WebSocket hijacking):
/// the bot's own address and the configured embedding sites. Clients that send no Origin are not browsers and
/// still need a valid stream ticket.
/// </summary>
public sealed class OriginPolicy(IOptions<WebChatOptions> webChat, IOptions<DirectLineOptions> directLine)
{
    public bool IsAllowed(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        if (webChat.Value.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri))
        {
            return false;
        }

        var publicBase = directLine.Value.PublicBaseUrl;
        return string.IsNullOrEmpty(publicBase)
            ? string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            : string.Equals(originUri.GetLeftPart(UriPartial.Authority), new Uri(publicBase).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }
}
