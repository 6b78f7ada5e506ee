using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using KooAssistent.Testing;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// Microsoft's own Bot Framework SDK for JavaScript (botframework-connector and botbuilder 4.23.3 from npm, installed by
/// scripts/setup-botconnector-tests.sh) as the channel: for every token, the SDK's validator and the bot must agree on
/// whether it is good, and the SDK's <c>BotFrameworkHttpClient</c> delivers the activity that the bot answers.
/// </summary>
public sealed class BotConnectorJsTests
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_SDKs_own_validator_and_the_bot_accept_and_refuse_the_same_tokens_and_the_SDKs_post_is_answered()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = new BotFactory(connector.Settings());
        var botUrl = bot.StartOnLoopback();
        var now = DateTimeOffset.UtcNow;
        var foreign = new SigningKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = connector.CurrentKey.Key.KeyId }, []);
        var teamsOnly = connector.PublishKey("msteams");
        var cases = new (string Name, string Token, bool Valid, string ConversationId)[]
        {
            ("valid", connector.Token(), true, "js-valid"),
            ("forged signature", connector.Token(key: foreign), false, "js-forged"),
            ("wrong audience", connector.Token(audience: "another-bot"), false, "js-audience"),
            ("wrong issuer", connector.Token(issuer: "https://api.botframework.example"), false, "js-issuer"),
            ("expired", connector.Token(notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)), false, "js-expired"),
            ("unknown key", connector.Token(key: FakeBotConnector.UnpublishedKey()), false, "js-unknown"),
            ("serviceUrl mismatch", connector.Token(serviceUrl: "https://smba.trafficmanager.net/emea/"), false, "js-serviceurl"),
            ("missing endorsement", connector.Token(key: teamsOnly), false, "js-endorsement"),
        };
        var input = new JsonObject
        {
            ["botUrl"] = botUrl.ToString(),
            ["appId"] = FakeBotConnector.AppId,
            ["metadataUrl"] = connector.MetadataUrl.ToString(),
            ["cases"] = new JsonArray([.. cases.Select(testCase => (JsonNode)new JsonObject
            {
                ["name"] = testCase.Name,
                ["token"] = testCase.Token,
                ["activity"] = BotConnectorFixture.Message(connector.ServiceUrl, "mijn peuter krijgt steeds driftbuien in de winkel, wat doe ik?", activityId: "js-" + testCase.ConversationId, conversationId: testCase.ConversationId),
            })]),
        };

        var results = await RunChannelAsync(input.ToJsonString());

        foreach (var testCase in cases)
        {
            var result = results.Single(item => (string?)item["name"] == testCase.Name);
            Assert.True(testCase.Valid == (bool)result["sdkAccepted"]!, $"{testCase.Name}: the SDK's validator said {result["sdkAccepted"]} ({result["sdkError"]})");
            Assert.True((testCase.Valid ? 200 : 401) == (int)result["status"]!, $"{testCase.Name}: the bot answered {result["status"]}");
        }

        var delivered = await connector.DeliveredAsync(2);
        var answer = Assert.Single(delivered, request => request.ReplyToId == "js-js-valid");
        Assert.Equal("js-valid", answer.ConversationId);
        Assert.Contains("driftbui", answer.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.All(connector.Delivered, request => Assert.Equal("js-valid", request.ConversationId));
    }

    /// <summary>
    /// Emulator tokens from Entra ID: the SDK's EmulatorValidation and the bot agree, except where the bot is stricter
    /// on purpose (SECURITY.md): it takes no tenant just because the token names it in <c>tid</c>.
    /// </summary>
    [Fact]
    public async Task The_SDKs_own_validator_and_the_bot_agree_on_Emulator_tokens_except_where_the_bot_is_stricter()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var entra = await FakeEntraId.StartAsync();
        var settings = connector.Settings();
        settings["BotConnector:EmulatorOpenIdMetadataUrl"] = entra.MetadataUrl.ToString();
        await using var bot = new BotFactory(settings);
        var botUrl = bot.StartOnLoopback();
        const string Other = "12345678-9abc-def0-1234-56789abcdef0";
        var cases = new (string Name, string Token, bool SdkValid, bool BotValid)[]
        {
            ("v1", entra.EmulatorToken("1.0"), true, true),
            ("v2", entra.EmulatorToken("2.0"), true, true),
            ("v1 of the bot's own tenant", entra.EmulatorToken("1.0", tenant: FakeBotConnector.TenantId), true, true),
            ("v2 of the bot's own tenant", entra.EmulatorToken("2.0", tenant: FakeBotConnector.TenantId), true, true),
            ("a tenant named only in tid", entra.EmulatorToken("1.0", tenant: Other), true, false),
            ("wrong audience", entra.EmulatorToken(audience: Other), false, false),
            ("missing appid", entra.EmulatorToken("1.0", caller: null), false, false),
            ("azp of another app", entra.EmulatorToken("2.0", caller: Other), false, false),
            ("unknown ver", entra.EmulatorToken("3.0"), false, false),
            ("expired", entra.EmulatorToken(expires: DateTimeOffset.UtcNow.AddMinutes(-10)), false, false),
            ("unknown key", entra.EmulatorToken(key: FakeBotConnector.UnpublishedKey()), false, false),
        };
        var input = new JsonObject
        {
            ["botUrl"] = botUrl.ToString(),
            ["appId"] = FakeBotConnector.AppId,
            ["metadataUrl"] = connector.MetadataUrl.ToString(),
            ["emulatorMetadataUrl"] = entra.MetadataUrl.ToString(),
            ["cases"] = new JsonArray([.. cases.Select((testCase, index) => (JsonNode)new JsonObject
            {
                ["name"] = testCase.Name,
                ["token"] = testCase.Token,
                ["activity"] = BotConnectorFixture.Message(connector.ServiceUrl, "Ik heb schulden", activityId: $"em-{index}", conversationId: $"em-{index}", channelId: "emulator"),
            })]),
        };

        var results = await RunChannelAsync(input.ToJsonString());

        foreach (var testCase in cases)
        {
            var result = results.Single(item => (string?)item["name"] == testCase.Name);
            Assert.True(testCase.SdkValid == (bool)result["sdkAccepted"]!, $"{testCase.Name}: the SDK's validator said {result["sdkAccepted"]} ({result["sdkError"]})");
            Assert.True((testCase.BotValid ? 200 : 401) == (int)result["status"]!, $"{testCase.Name}: the bot answered {result["status"]}");
        }
    }

    private static async Task<IReadOnlyList<JsonObject>> RunChannelAsync(string input)
    {
        var directory = Path.Combine(
            typeof(BotConnectorJsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "BotTestsProjectDirectory").Value!,
            "BotConnectorJs");
        Assert.True(
            File.Exists(Path.Combine(directory, "node_modules", "botbuilder", "package.json")),
            "Microsoft's Bot Framework SDK is not installed for this test: run scripts/setup-botconnector-tests.sh");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("channel.mjs");
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(NodeTimeout);
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node channel.mjs failed ({node.ExitCode}):\n{await errors}");
        return [.. JsonNode.Parse(await output)!.AsArray().Select(item => item!.AsObject())];
    }
}
