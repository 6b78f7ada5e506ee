using System.Globalization;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Builds the <c>streamUrl</c> handed to clients: a ws(s) address with a short-lived stream ticket, because
/// browsers cannot send an Authorization header when opening a WebSocket.
/// </summary>
public sealed class StreamUrls(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    public string For(HttpRequest request, DirectLineCaller caller, long watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var ticket = tokens.Issue(caller, TokenKind.Stream).Token;
        var origin = string.IsNullOrEmpty(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');
        var webSocketOrigin = origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? string.Concat("wss://", origin.AsSpan("https://".Length))
            : string.Concat("ws://", origin.AsSpan("http://".Length));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{webSocketOrigin}/v3/directline/conversations/{Uri.EscapeDataString(caller.ConversationId)}/stream?watermark={watermark}&t={Uri.EscapeDataString(ticket)}");
    }
}
