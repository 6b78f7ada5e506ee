using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KooAssistent.Testing;

/// <summary>
/// Self-signed certificates for credential tests, written as password-protected PKCS#12 files or put into the
/// CurrentUser\My certificate store of a home folder that a bot process is started with.
/// </summary>
public static class TestCertificates
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>A new certificate with its RSA private key.</summary>
    public static X509Certificate2 Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=koo-assistent-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    /// <summary>
    /// Puts the certificate (with its key, if it has one) into CurrentUser\My of a process whose HOME is
    /// <paramref name="home"/>. On Linux .NET keeps that store as one PKCS#12 file without password per certificate,
    /// <c>{thumbprint}.pfx</c>, in <c>~/.dotnet/corefx/cryptography/x509stores/my</c>, a folder only its owner may
    /// enter (dotnet/runtime, <c>DirectoryBasedStoreProvider.Add</c>). Written here directly because .NET reads HOME
    /// once per process: this test process's own store cannot be moved to another home.
    /// </summary>
    /// <returns>The file, for <see cref="RemoveFromUserStore"/>.</returns>
    public static string AddToUserStore(string home, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The CurrentUser store is written in Linux's layout.");
        }

        var store = UserStore(home);
        foreach (var folder in new[] { ".dotnet", ".dotnet/corefx", ".dotnet/corefx/cryptography", ".dotnet/corefx/cryptography/x509stores", ".dotnet/corefx/cryptography/x509stores/my" })
        {
            Directory.CreateDirectory(Path.Combine(home, folder), OwnerOnly);
        }

        var path = Path.Combine(store, certificate.Thumbprint + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    /// <summary>Takes the certificate out of that store again.</summary>
    public static void RemoveFromUserStore(string home, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        foreach (var file in Directory.EnumerateFiles(UserStore(home), certificate.Thumbprint + "*.pfx"))
        {
            File.Delete(file);
        }
    }

    /// <summary>The certificate without its private key, as Entra ID holds it after the upload.</summary>
    public static X509Certificate2 PublicPart(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
    }

    private static string UserStore(string home) => Path.Combine(home, ".dotnet", "corefx", "cryptography", "x509stores", "my");

    /// <summary>Writes a new certificate with its private key to <paramref name="path"/> and returns it without the key (what Entra ID holds).</summary>
    public static X509Certificate2 WritePfx(string path, string password)
    {
        using var certificate = Create();
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return PublicPart(certificate);
    }
}
