using System.Net;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// The Bot Framework Emulator's tokens come from Entra ID, not from the Bot Connector service: taken as the SDK's
/// EmulatorValidation takes them (Entra ID's keys, the Bot Framework tenants' or the bot's own tenant's issuer, the bot's
/// app id in <c>appid</c> or <c>azp</c>), with <c>aud</c> the bot's app id besides; anything else is 401 and nothing is stored.
/// </summary>
public sealed class BotConnectorEmulatorTokenTests
{
    private static async Task<(FakeEntraId Entra, BotConnectorFixture Fixture)> StartAsync(string acceptEmulatorTokens = "true")
    {
        var entra = await FakeEntraId.StartAsync();
        var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?>
        {
            ["BotConnector:EmulatorOpenIdMetadataUrl"] = entra.MetadataUrl.ToString(),
            ["BotConnector:AcceptEmulatorTokens"] = acceptEmulatorTokens,
        });
        return (entra, fixture);
    }

    public static TheoryData<string, string> ValidTokens => new()
    {
        { "1.0", FakeEntraId.BotFrameworkTenant },
        { "2.0", FakeEntraId.BotFrameworkTenant },
        { "1.0", "d6d49420-f39b-4df7-a1dc-d59a935871db" },
        { "1.0", FakeBotConnector.TenantId },
        { "2.0", FakeBotConnector.TenantId },
    };

    [Theory]
    [MemberData(nameof(ValidTokens))]
    public async Task An_Emulator_token_of_either_version_from_an_accepted_tenant_is_accepted_and_answered(string version, string tenant)
    {
        var (entra, fixture) = await StartAsync();
        await using var _ = entra;
        await using var __ = fixture;

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden", channelId: "emulator"), entra.EmulatorToken(version, tenant));
        await fixture.Connector.DeliveredAsync(2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await fixture.StoredAsync(channelId: "emulator"));
        Assert.Contains(fixture.Connector.Delivered, request => request.ReplyToId == "act-1");
        Assert.Equal(1, entra.KeyFetches);
    }

    public static TheoryData<string> Refusals =>
    [
        "tenant not accepted", "v2 issuer of another tenant", "issuer of another host", "wrong audience", "missing appid", "missing azp",
        "appid of another app", "azp of another app", "no ver", "unknown ver", "expired", "unknown key", "signed with a Bot Connector key",
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_Emulator_token_that_is_wrong_in_any_way_is_refused_with_401_and_nothing_is_stored(string kind)
    {
        var (entra, fixture) = await StartAsync();
        await using var _ = entra;
        await using var __ = fixture;
        const string Other = "12345678-9abc-def0-1234-56789abcdef0";
        var token = kind switch
        {
            "tenant not accepted" => entra.EmulatorToken(tenant: Other),
            "v2 issuer of another tenant" => entra.EmulatorToken("2.0", tenant: Other),
            "issuer of another host" => entra.EmulatorToken(issuer: $"https://login.example.com/{FakeEntraId.BotFrameworkTenant}/"),
            "wrong audience" => entra.EmulatorToken(audience: Other),
            "missing appid" => entra.EmulatorToken("1.0", caller: null),
            "missing azp" => entra.EmulatorToken("2.0", caller: null),
            "appid of another app" => entra.EmulatorToken("1.0", caller: Other),
            "azp of another app" => entra.EmulatorToken("2.0", caller: Other),
            "no ver" => entra.EmulatorToken(version: string.Empty),
            "unknown ver" => entra.EmulatorToken(version: "3.0"),
            "expired" => entra.EmulatorToken(expires: DateTimeOffset.UtcNow.AddMinutes(-6)),
            "unknown key" => entra.EmulatorToken(key: FakeBotConnector.UnpublishedKey()),
            "signed with a Bot Connector key" => entra.EmulatorToken(key: fixture.Connector.CurrentKey),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden", channelId: "emulator"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await fixture.StoredAsync(channelId: "emulator"));
    }

    [Fact]
    public async Task With_Emulator_tokens_switched_off_a_valid_one_is_refused()
    {
        var (entra, fixture) = await StartAsync(acceptEmulatorTokens: "false");
        await using var _ = entra;
        await using var __ = fixture;

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden", channelId: "emulator"), entra.EmulatorToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await fixture.StoredAsync(channelId: "emulator"));
        Assert.Equal(0, entra.KeyFetches);
    }

    [Fact]
    public async Task A_Bot_Connector_token_is_still_checked_by_the_Bot_Connector_rules_beside_Emulator_tokens()
    {
        var (entra, fixture) = await StartAsync();
        await using var _ = entra;
        await using var __ = fixture;

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, entra.KeyFetches);
    }
}
