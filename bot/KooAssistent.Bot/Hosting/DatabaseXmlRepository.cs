using System.Xml.Linq;
using KooAssistent.Storage.Keys;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Data-protection keys in the shared database, so every instance reads the same key ring and a restart keeps it. The
/// framework's interface is synchronous; it calls it at start and when the ring is refreshed, not per request.
/// </summary>
public sealed class DatabaseXmlRepository(KeyStore keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. keys.DataProtectionElementsAsync(CancellationToken.None).GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        keys.AddDataProtectionElementAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
    }
}
