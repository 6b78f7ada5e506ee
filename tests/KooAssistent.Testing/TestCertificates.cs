using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KooAssistent.Testing;

/// <summary>Self-signed certificates for credential tests, written as password-protected PKCS#12 files.</summary>
public static class TestCertificates
{
    /// <summary>Writes a new certificate with its private key to <paramref name="path"/> and returns it without the key (what Entra ID holds).</summary>
    public static X509Certificate2 WritePfx(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=koo-assistent-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
    }
}
