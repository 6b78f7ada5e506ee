using System.Net;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// An <c>invoke</c> waits for its InvokeResponse in the HTTP answer: the SDK writes the response's status as the HTTP
/// status and its body, if any, as the body; an invoke no handler takes is 501 without a body (ActivityHandler's
/// default). The bot handles none, so that is its answer, after the same token check and with nothing stored.
/// </summary>
public sealed class BotConnectorInvokeTests
{
    private static System.Text.Json.Nodes.JsonObject Invoke(BotConnectorFixture fixture)
    {
        var activity = fixture.Message("ignored", activityId: "invoke-1", channelId: "msteams");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new System.Text.Json.Nodes.JsonObject { ["action"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Action.Execute", ["verb"] = "x" } };
        activity.Remove("text");
        return activity;
    }

    [Fact]
    public async Task An_invoke_with_a_valid_token_is_answered_501_without_a_body_and_nothing_is_stored_or_sent()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();

        using var response = await fixture.PostAsync(Invoke(fixture));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Null(await fixture.StoredAsync(channelId: "msteams"));
        Assert.Empty(fixture.Connector.Requests);
    }

    [Fact]
    public async Task An_invoke_without_a_valid_token_is_401_like_any_other_activity()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();

        using var response = await fixture.PostAsync(Invoke(fixture), fixture.Connector.Token(audience: "another-bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
