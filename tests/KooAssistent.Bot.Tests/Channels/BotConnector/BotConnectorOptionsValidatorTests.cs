using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>Credential settings are checked at start, by key name, never repeating a password.</summary>
public sealed class BotConnectorOptionsValidatorTests
{
    private const string PfxPassword = "pfx-password-that-must-not-be-logged";
    private const string Thumbprint = "0123456789ABCDEF0123456789ABCDEF01234567";

    private static BotConnectorOptions Certificate(string path, string password = PfxPassword) => new()
    {
        MicrosoftAppId = FakeBotConnector.AppId,
        MicrosoftAppTenantId = FakeBotConnector.TenantId,
        MicrosoftAppCertificatePath = path,
        MicrosoftAppCertificatePassword = password,
    };

    [Fact]
    public void A_missing_certificate_file_stops_the_bot_from_starting_with_a_message_naming_the_setting_and_not_the_password()
    {
        using var directory = new TemporaryDirectory();
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["BotConnector:MicrosoftAppId"] = FakeBotConnector.AppId,
            ["BotConnector:MicrosoftAppTenantId"] = FakeBotConnector.TenantId,
            ["BotConnector:MicrosoftAppCertificatePath"] = Path.Combine(directory.Path, "missing.pfx"),
            ["BotConnector:MicrosoftAppCertificatePassword"] = PfxPassword,
        });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("BotConnector:MicrosoftAppCertificatePath: there is no file at", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(PfxPassword, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_file_with_a_wrong_password_is_refused_without_repeating_the_password()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "bot.pfx");
        using var certificate = TestCertificates.WritePfx(path, "the-right-one");

        var result = new BotConnectorOptionsValidator().Validate(null, Certificate(path));

        Assert.True(result.Failed);
        Assert.Contains("BotConnector:MicrosoftAppCertificatePath: the file could not be read", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(PfxPassword, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_readable_certificate_file_is_accepted()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "bot.pfx");
        using var certificate = TestCertificates.WritePfx(path, PfxPassword);

        Assert.True(new BotConnectorOptionsValidator().Validate(null, Certificate(path)).Succeeded);
    }

    public static TheoryData<string> Conflicts =>
    [
        "password and certificate", "password and thumbprint", "certificate and thumbprint", "neither", "managed identity with a password",
        "managed identity with a certificate", "managed identity with a thumbprint", "managed identity without a tenant", "managed identity without an app id",
    ];

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void Credentials_that_do_not_add_up_are_refused(string kind)
    {
        var options = kind switch
        {
            "password and certificate" => new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t", MicrosoftAppPassword = "p", MicrosoftAppCertificatePath = "/x.pfx" },
            "password and thumbprint" => new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t", MicrosoftAppPassword = "p", CertificateThumbprint = Thumbprint },
            "certificate and thumbprint" => new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t", MicrosoftAppCertificatePath = "/x.pfx", CertificateThumbprint = Thumbprint },
            "neither" => new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t" },
            "managed identity with a password" => new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app", MicrosoftAppTenantId = "t", MicrosoftAppPassword = "p" },
            "managed identity with a certificate" => new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app", MicrosoftAppTenantId = "t", MicrosoftAppCertificatePath = "/x.pfx" },
            "managed identity with a thumbprint" => new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app", MicrosoftAppTenantId = "t", CertificateThumbprint = Thumbprint },
            "managed identity without a tenant" => new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app" },
            "managed identity without an app id" => new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = "t" },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        Assert.True(new BotConnectorOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void A_managed_identity_bot_needs_no_password_or_certificate()
    {
        var options = new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app", MicrosoftAppTenantId = "t" };

        Assert.True(new BotConnectorOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_managed_identity_bot_without_an_app_id_is_refused_with_a_message_asking_for_the_identitys_client_id()
    {
        var result = new BotConnectorOptionsValidator().Validate(null, new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = "t" });

        Assert.Contains("A UserAssignedMSI bot needs BotConnector:MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_managed_identity_endpoint_that_is_no_http_url_is_refused()
    {
        var options = new BotConnectorOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = "app", MicrosoftAppTenantId = "t", ManagedIdentityEndpoint = "file:///etc/passwd" };

        Assert.Contains("BotConnector:ManagedIdentityEndpoint must be an absolute http(s) URL.", new BotConnectorOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thumbprint_the_store_does_not_hold_stops_the_start_naming_the_setting_and_the_store()
    {
        // A thumbprint of a certificate made just now and put nowhere: no store of this machine holds it.
        using var nowhere = TestCertificates.Create();
        var options = new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t", CertificateThumbprint = nowhere.Thumbprint };

        var result = new BotConnectorOptionsValidator().Validate(null, options);

        Assert.Equal(@"BotConnector:CertificateThumbprint: there is no certificate with this thumbprint in CurrentUser\My.", Assert.Single(result.Failures!));
    }

    [Theory]
    [InlineData("01 23 45")]
    [InlineData("0123456789abcdef0123456789abcdef0123456z")]
    public void A_thumbprint_that_is_no_thumbprint_is_refused(string thumbprint)
    {
        var options = new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t", CertificateThumbprint = thumbprint };

        Assert.Equal(
            "BotConnector:CertificateThumbprint: not a SHA-1 thumbprint (40 hexadecimal digits).",
            Assert.Single(new BotConnectorOptionsValidator().Validate(null, options).Failures!));
    }

    [Fact]
    public void A_store_location_other_than_CurrentUser_or_LocalMachine_is_refused()
    {
        var options = new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "t", CertificateThumbprint = Thumbprint, CertificateStoreLocation = "Elsewhere" };

        Assert.Equal(
            "BotConnector:CertificateStoreLocation must be CurrentUser or LocalMachine.",
            Assert.Single(new BotConnectorOptionsValidator().Validate(null, options).Failures!));
    }

    [Fact]
    public void A_thumbprint_copied_from_Windows_certificate_dialog_or_openssl_is_read_as_its_forty_digits()
    {
        Assert.Equal(Thumbprint, AppCertificate.Thumbprint("\u200e01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67"));
        Assert.Equal(Thumbprint, AppCertificate.Thumbprint("01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67"));
    }
}
