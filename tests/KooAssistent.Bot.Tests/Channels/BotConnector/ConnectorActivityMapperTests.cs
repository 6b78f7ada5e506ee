using System.Text.Json;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>What the bot keeps of a channel's activity, what it sends back, and where it may send it.</summary>
public sealed class ConnectorActivityMapperTests
{
    private static Activity Teams(string text = "Ik heb schulden") => JsonSerializer.Deserialize(
        $$"""
        { "type": "message", "id": "1481567603816", "timestamp": "2026-12-06T10:00:00.123Z", "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams", "from": { "id": "29:1abc", "name": "Ann de Vries", "aadObjectId": "6e3f" },
          "recipient": { "id": "28:bot-app-id", "name": "KooAssistent" },
          "conversation": { "id": "a:1xyz;messageid=1481567603816", "conversationType": "personal", "tenantId": "72f9" },
          "locale": "nl-NL", "text": {{JsonSerializer.Serialize(text)}},
          "channelData": { "tenant": { "id": "72f9" } } }
        """,
        ActivityJsonContext.Default.Activity)!;

    [Fact]
    public void A_Teams_message_keeps_text_locale_and_the_channels_activity_id_and_drops_the_name_and_channel_data()
    {
        var outcome = ConnectorActivityMapper.Map(Teams(), maxTextLength: 4096);

        var inbound = outcome.Inbound!;
        var reference = outcome.Reference!;
        Assert.Equal(ConnectorConversationIds.For("msteams", "a:1xyz;messageid=1481567603816"), inbound.ConversationId);
        Assert.Equal("bc:1481567603816", inbound.IdempotencyKey);
        Assert.Equal(TurnTrigger.Message, inbound.Trigger);
        Assert.Equal("Ik heb schulden", inbound.Activity.Text);
        Assert.Equal("nl-NL", inbound.Activity.Locale);
        Assert.Equal(RoleTypes.User, inbound.Activity.From!.Role);
        Assert.Null(inbound.Activity.From.Name);
        Assert.Equal("1481567603816", ConnectorActivityMapper.ChannelActivityId(inbound.Activity));
        Assert.DoesNotContain("72f9", JsonSerializer.Serialize(inbound.Activity, ActivityJsonContext.Default.Activity), StringComparison.Ordinal);
        Assert.Equal(("https://smba.trafficmanager.net/emea/", "28:bot-app-id", "KooAssistent", "29:1abc"), (reference.ServiceUrl, reference.BotId, reference.BotName, reference.UserId));
    }

    [Fact]
    public void Conversation_ids_are_short_url_safe_and_differ_per_channel()
    {
        var teams = ConnectorConversationIds.For("msteams", "a:1xyz;messageid=1");
        var webchat = ConnectorConversationIds.For("webchat", "a:1xyz;messageid=1");

        Assert.NotEqual(teams, webchat);
        Assert.Matches("^bc[A-Za-z0-9_-]{20}$", teams);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("installationUpdate")]
    public void Other_activity_types_are_acknowledged_and_not_stored(string type)
    {
        var outcome = ConnectorActivityMapper.Map(Teams() with { Type = type }, maxTextLength: 4096);

        Assert.True(outcome.Ignored);
    }

    [Fact]
    public void An_invoke_is_answered_at_once_and_neither_stored_nor_ignored()
    {
        var outcome = ConnectorActivityMapper.Map(Teams() with { Type = "invoke", Name = "adaptiveCard/action" }, maxTextLength: 4096);

        Assert.True(outcome.Invoke);
        Assert.False(outcome.Ignored);
        Assert.Null(outcome.Reference);
        Assert.Null(outcome.Inbound);
    }

    [Fact]
    public void A_message_without_content_or_with_too_long_a_text_is_refused()
    {
        Assert.NotNull(ConnectorActivityMapper.Map(Teams() with { Text = " " }, maxTextLength: 4096).Problem);
        Assert.NotNull(ConnectorActivityMapper.Map(Teams(new string('a', 4097)), maxTextLength: 4096).Problem);
        Assert.NotNull(ConnectorActivityMapper.Map(Teams() with { Conversation = null }, maxTextLength: 4096).Problem);
    }

    [Fact]
    public void A_reply_goes_from_the_bot_account_the_channel_named_to_the_resident_in_the_channels_conversation()
    {
        var reference = ConnectorActivityMapper.Map(Teams(), maxTextLength: 4096).Reference!;
        var stored = Activity.Message("Bel het Buurtteam") with { Id = "bcX|0000003", ReplyToId = "bcX|0000002", ChannelData = JsonDocument.Parse("""{"internal":true}""").RootElement };

        var reply = ConnectorReplyMapper.Map(stored, reference, "1481567603816");

        Assert.Equal(("28:bot-app-id", "29:1abc", "a:1xyz;messageid=1481567603816", "1481567603816", "msteams"), (reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id, reply.ReplyToId, reply.ChannelId));
        Assert.Null(reply.Id);
        Assert.Null(reply.ChannelData);
        Assert.Equal("Bel het Buurtteam", reply.Text);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", false, true)]
    [InlineData("http://smba.trafficmanager.net/emea/", true, false)]
    [InlineData("http://127.0.0.1:5099/", false, false)]
    [InlineData("http://127.0.0.1:5099/", true, true)]
    [InlineData("http://localhost:5099/", true, true)]
    [InlineData("https://user:secret@smba.trafficmanager.net/", false, false)]
    [InlineData("ftp://smba.trafficmanager.net/", true, false)]
    [InlineData("not a url", true, false)]
    public void Replies_go_only_to_https_or_to_loopback_where_that_is_allowed(string serviceUrl, bool allowLoopback, bool acceptable)
    {
        Assert.Equal(acceptable, ServiceUrlPolicy.IsAcceptable(serviceUrl, allowLoopback));
    }

    [Fact]
    public void Settings_that_cannot_work_stop_the_start_naming_the_key()
    {
        var validator = new BotConnectorOptionsValidator();

        Assert.True(validator.Validate(null, new BotConnectorOptions()).Succeeded);
        Assert.Contains("BotConnector:MicrosoftAppPassword", validator.Validate(null, new BotConnectorOptions { MicrosoftAppId = "app" }).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("BotConnector:MicrosoftAppTenantId", validator.Validate(null, new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret" }).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("BotConnector:MicrosoftAppType", validator.Validate(null, new BotConnectorOptions { MicrosoftAppType = "Unknown" }).FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new BotConnectorOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret", MicrosoftAppType = "MultiTenant" }).Succeeded);
        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), new BotConnectorOptions { MicrosoftAppType = "MultiTenant" }.TokenEndpoint);
        Assert.Equal("https://api.botframework.com/.default", new BotConnectorOptions().TokenScope);
    }
}
