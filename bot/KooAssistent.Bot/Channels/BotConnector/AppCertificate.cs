using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The certificate a bot proves itself with instead of a password: the certificate registered on the app with its RSA
/// private key, from a PKCS#12 file or from the machine's certificate store by thumbprint. Problems are described
/// without the file's contents or the password.
/// </summary>
public static class AppCertificate
{
    /// <summary>The certificate the settings name (a file or a thumbprint); checked at start by <see cref="Problem"/>.</summary>
    public static X509Certificate2 Load(BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.HasCertificateFile
            ? LoadFile(options.MicrosoftAppCertificatePath, options.MicrosoftAppCertificatePassword)
            : FindInStore(options) ?? throw new CryptographicException("The certificate named by BotConnector:CertificateThumbprint is no longer in its store.");
    }

    public static X509Certificate2 LoadFile(string path, string password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password.Length > 0 ? password : null, X509KeyStorageFlags.EphemeralKeySet);

    /// <returns>Why the file cannot sign a client assertion, or null when it can.</returns>
    public static string? FileProblem(string path, string password)
    {
        if (!File.Exists(path))
        {
            return $"there is no file at {path}.";
        }

        try
        {
            using var certificate = LoadFile(path, password);
            using var key = certificate.GetRSAPrivateKey();
            return key is null ? "the file holds no RSA private key." : null;
        }
        catch (CryptographicException)
        {
            return "the file could not be read as PKCS#12 with MicrosoftAppCertificatePassword (a wrong password, or not a .pfx file).";
        }
        catch (UnauthorizedAccessException)
        {
            return "the file may not be read by this process.";
        }
    }

    /// <returns>Why the store holds no certificate that can sign a client assertion under this thumbprint, or null when it does.</returns>
    public static string? StoreProblem(BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Thumbprint(options.CertificateThumbprint) is null)
        {
            return "not a SHA-1 thumbprint (40 hexadecimal digits).";
        }

        if (!IsStoreLocation(options.CertificateStoreLocation))
        {
            return "CertificateStoreLocation must be CurrentUser or LocalMachine.";
        }

        var location = Enum.Parse<StoreLocation>(options.CertificateStoreLocation, ignoreCase: true);
        var where = $@"{location}\{options.CertificateStoreName}";
        X509Certificate2? certificate;
        try
        {
            certificate = FindInStore(options);
        }
        catch (Exception exception) when (exception is CryptographicException or PlatformNotSupportedException)
        {
            // Linux keeps LocalMachine's Root and CertificateAuthority stores only; Windows refuses a store the account may not open.
            return $"the store {where} cannot be opened by this process.";
        }

        if (certificate is null)
        {
            return $"there is no certificate with this thumbprint in {where}.";
        }

        using (certificate)
        {
            if (!certificate.HasPrivateKey)
            {
                return $"the certificate in {where} has no private key (import it with its key, e.g. from its .pfx).";
            }

            try
            {
                using var key = certificate.GetRSAPrivateKey();
                return key is null ? $"the certificate in {where} holds no RSA private key." : null;
            }
            catch (CryptographicException)
            {
                return $"the private key of the certificate in {where} may not be used by this process.";
            }
        }
    }

    public static bool IsStoreLocation(string text) =>
        Enum.TryParse<StoreLocation>(text, ignoreCase: true, out var location) && Enum.IsDefined(location) && !int.TryParse(text, out _);

    /// <summary>
    /// Upper-case hex, or null when it is no SHA-1 thumbprint. Windows' certificate dialog copies the thumbprint with
    /// spaces and an invisible left-to-right mark in front; those (and colons, as openssl prints it) are dropped.
    /// </summary>
    public static string? Thumbprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = new string([.. text.Where(character => !char.IsWhiteSpace(character) && character != ':' && char.GetUnicodeCategory(character) != System.Globalization.UnicodeCategory.Format)]);
        return digits.Length == 40 && digits.All(char.IsAsciiHexDigit) ? digits.ToUpperInvariant() : null;
    }

    /// <summary>The certificate with the thumbprint (with its key when the store has one), or null; throws <see cref="CryptographicException"/> when the store cannot be opened.</summary>
    private static X509Certificate2? FindInStore(BotConnectorOptions options)
    {
        var thumbprint = Thumbprint(options.CertificateThumbprint);
        var location = Enum.Parse<StoreLocation>(options.CertificateStoreLocation, ignoreCase: true);
        using var store = new X509Store(options.CertificateStoreName, location);
        try
        {
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        }
        catch (CryptographicException) when (location == StoreLocation.CurrentUser)
        {
            // A user store that was never written to does not exist yet: nothing in it.
            return null;
        }

        // Every certificate the store hands out is a copy of its own: keep the match (one with its key if there are
        // two), let go of the others.
        X509Certificate2? found = null;
        foreach (var certificate in store.Certificates)
        {
            var better = string.Equals(certificate.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase)
                && (found is null || (!found.HasPrivateKey && certificate.HasPrivateKey));
            if (better)
            {
                found?.Dispose();
                found = certificate;
            }
            else
            {
                certificate.Dispose();
            }
        }

        return found;
    }
}
