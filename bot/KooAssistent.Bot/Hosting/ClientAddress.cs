using System.Net;
using System.Net.Sockets;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// The key that per-address limits count by. Anyone with one IPv6 connection has a whole /64 to pick addresses from
/// (and the privacy extensions of every phone rotate through it), so the /64 is what counts as one client; an IPv4
/// address mapped into IPv6 counts as that IPv4 address.
/// </summary>
public static class ClientAddress
{
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? Convert.ToHexStringLower(address.GetAddressBytes().AsSpan(0, 8)) + "::/64"
            : address.ToString();
    }
}
