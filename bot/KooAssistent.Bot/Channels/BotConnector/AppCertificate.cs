using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The certificate a bot proves itself with instead of a password: a PKCS#12 file holding the certificate registered
/// on the app and its RSA private key. Problems are described without the path's contents or the password.
/// </summary>
public static class AppCertificate
{
    public static X509Certificate2 Load(string path, string password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password.Length > 0 ? password : null, X509KeyStorageFlags.EphemeralKeySet);

    /// <returns>Why the file cannot sign a client assertion, or null when it can.</returns>
    public static string? Problem(string path, string password)
    {
        if (!File.Exists(path))
        {
            return $"there is no file at {path}.";
        }

        try
        {
            using var certificate = Load(path, password);
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
}
