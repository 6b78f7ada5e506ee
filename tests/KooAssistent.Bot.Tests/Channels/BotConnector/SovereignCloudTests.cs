using System.Net;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// The US Government cloud by the SDK's <c>ChannelService</c>, and every address under the SDK's own key names
/// (<c>ToBotFromChannelTokenIssuer</c>, <c>ToBotFromChannelOpenIdMetadataUrl</c>, …), with the public cloud's values
/// as defaults; tokens checked against a non-default issuer by the loopback signing authority.
/// </summary>
public sealed class SovereignCloudTests
{
    private const string Government = "https://botframework.azure.us";

    [Fact]
    public void Without_a_channel_service_every_address_is_the_public_clouds_as_before()
    {
        var options = new BotConnectorOptions { MicrosoftAppTenantId = "tenant-1" };

        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), options.ChannelMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ChannelTokenIssuer);
        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration"), options.EmulatorMetadataUrl);
        Assert.Equal(new Uri("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token"), options.TokenEndpoint);
        Assert.Equal("https://api.botframework.com/.default", options.TokenScope);
        Assert.Equal("https://api.botframework.com", options.TokenResource);
        Assert.Equal(
            new HashSet<string>
            {
                "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
                "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/", "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
                "https://sts.windows.net/tenant-1/", "https://login.microsoftonline.com/tenant-1/v2.0",
            },
            options.EmulatorIssuers.ToHashSet());
    }

    [Fact]
    public void The_US_Government_channel_service_gives_that_clouds_issuer_keys_token_endpoint_and_scope()
    {
        var single = new BotConnectorOptions { ChannelService = Government, MicrosoftAppTenantId = "tenant-1" };
        var multi = new BotConnectorOptions { ChannelService = Government + "/", MicrosoftAppType = BotConnectorOptions.MultiTenant };

        Assert.Equal(new Uri("https://login.botframework.azure.us/v1/.well-known/openidconfiguration"), single.ChannelMetadataUrl);
        Assert.Equal("https://api.botframework.us", single.ChannelTokenIssuer);
        Assert.Equal(new Uri("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration"), single.EmulatorMetadataUrl);
        Assert.Equal(new Uri("https://login.microsoftonline.us/tenant-1/oauth2/v2.0/token"), single.TokenEndpoint);
        Assert.Equal(new Uri("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token"), multi.TokenEndpoint);
        Assert.Equal("https://api.botframework.us/.default", single.TokenScope);
        Assert.Equal("https://api.botframework.us", single.TokenResource);
        Assert.Contains("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0", single.EmulatorIssuers);
        Assert.Contains("https://login.microsoftonline.us/tenant-1/v2.0", single.EmulatorIssuers);
        Assert.DoesNotContain("https://login.microsoftonline.com/tenant-1/v2.0", single.EmulatorIssuers);
        Assert.True(new BotConnectorOptionsValidator().Validate(null, single).Succeeded);
    }

    [Fact]
    public void Each_address_can_be_set_by_the_SDKs_name_and_the_earlier_names_still_work()
    {
        var china = new BotConnectorOptions
        {
            ToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration",
            ToBotFromChannelTokenIssuer = "https://api.botframework.azure.cn",
            ToBotFromEmulatorOpenIdMetadataUrl = "https://emulator.example/openid-configuration",
            ToChannelFromBotLoginUrl = "https://login.partner.microsoftonline.cn/tenant-1/oauth2/v2.0/token",
            ToChannelFromBotOAuthScope = "https://api.botframework.azure.cn",
        };
        var earlier = new BotConnectorOptions { OpenIdMetadataUrl = "https://keys.example/openid", TokenIssuer = "https://issuer.example", EmulatorOpenIdMetadataUrl = "https://emulator.example/openid" };

        Assert.Equal(new Uri("https://login.botframework.azure.cn/v1/.well-known/openidconfiguration"), china.ChannelMetadataUrl);
        Assert.Equal("https://api.botframework.azure.cn", china.ChannelTokenIssuer);
        Assert.Equal(new Uri("https://emulator.example/openid-configuration"), china.EmulatorMetadataUrl);
        Assert.Equal(new Uri("https://login.partner.microsoftonline.cn/tenant-1/oauth2/v2.0/token"), china.TokenEndpoint);
        Assert.Equal("https://api.botframework.azure.cn/.default", china.TokenScope);
        Assert.Equal((new Uri("https://keys.example/openid"), "https://issuer.example", new Uri("https://emulator.example/openid")), (earlier.ChannelMetadataUrl, earlier.ChannelTokenIssuer, earlier.EmulatorMetadataUrl));
        Assert.True(new BotConnectorOptionsValidator().Validate(null, china).Succeeded);
        Assert.True(new BotConnectorOptionsValidator().Validate(null, earlier).Succeeded);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "unknown channel service", "BotConnector:ChannelService must be empty" },
        { "two names, two values", "BotConnector:ToBotFromChannelTokenIssuer and BotConnector:TokenIssuer (its earlier name) are both set, to different values" },
        { "public issuer in the government cloud", "BotConnector:TokenIssuer is the public cloud's value, but BotConnector:ChannelService names https://botframework.azure.us" },
        { "public login in the government cloud", "BotConnector:ToChannelFromBotLoginUrl is the public cloud's value" },
        { "relative metadata url", "BotConnector:ToBotFromChannelOpenIdMetadataUrl must be an absolute http(s) URL." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Cloud_settings_that_contradict_each_other_stop_the_start_naming_the_key(string kind, string expected)
    {
        var options = kind switch
        {
            "unknown channel service" => new BotConnectorOptions { ChannelService = "https://botframework.example" },
            "two names, two values" => new BotConnectorOptions { ToBotFromChannelTokenIssuer = "https://api.botframework.us", TokenIssuer = "https://api.botframework.com" },
            "public issuer in the government cloud" => new BotConnectorOptions { ChannelService = Government, TokenIssuer = "https://api.botframework.com" },
            "public login in the government cloud" => new BotConnectorOptions { ChannelService = Government, ToChannelFromBotLoginUrl = "https://login.microsoftonline.com/tenant-1" },
            "relative metadata url" => new BotConnectorOptions { ToBotFromChannelOpenIdMetadataUrl = "/v1/keys" },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var result = new BotConnectorOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_government_cloud_a_token_from_its_issuer_is_answered_with_an_app_token_for_its_scope_and_the_public_issuer_is_refused()
    {
        await using var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?> { ["BotConnector:ChannelService"] = Government });
        fixture.Connector.AppTokenScope = "https://api.botframework.us/.default";

        using var publicToken = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token(issuer: "https://api.botframework.com"));
        Assert.Equal(HttpStatusCode.Unauthorized, publicToken.StatusCode);
        Assert.Null(await fixture.StoredAsync());

        using var governmentToken = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token(issuer: "https://api.botframework.us"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, governmentToken.StatusCode);
        Assert.All(fixture.Connector.Delivered, request => Assert.Equal("Bearer " + FakeBotConnector.IssuedAppToken, request.Authorization));
    }

    [Fact]
    public async Task A_configured_issuer_of_another_cloud_is_the_only_one_taken()
    {
        await using var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?> { ["BotConnector:ToBotFromChannelTokenIssuer"] = "https://api.botframework.azure.cn" });

        using var defaultIssuer = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token());
        Assert.Equal(HttpStatusCode.Unauthorized, defaultIssuer.StatusCode);

        using var configured = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token(issuer: "https://api.botframework.azure.cn"));
        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        Assert.NotNull(await fixture.StoredAsync());
    }
}
