using System.Net;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Where replies may go. The bot's app token goes with every reply, so a service URL is used only when it came in a
/// validated token and is <c>https</c>; an <c>http</c> one only on loopback, where the Emulator and the tests listen,
/// and only when that is allowed (the Development environment or <see cref="BotConnectorOptions.AllowLoopbackServiceUrl"/>).
/// </summary>
public static class ServiceUrlPolicy
{
    public static bool IsAcceptable(string serviceUrl, bool allowLoopback) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var address)
        && string.IsNullOrEmpty(address.UserInfo)
        && (address.Scheme == Uri.UriSchemeHttps && !IsLoopback(address) || allowLoopback && IsLoopback(address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps));

    public static bool IsLoopback(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsLoopback || IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
