using System.Text.Json;
using KooAssistent.Bot.Channels.DirectLine;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using Microsoft.AspNetCore.Http;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

public sealed class ClientActivityMapperTests
{
    private static readonly DirectLineCaller Caller = new("conversation-a", "dl_resident");

    [Fact]
    public void The_sender_and_conversation_come_from_the_token_not_from_the_body()
    {
        var posted = Parse("""
            {"type":"message","text":"hoi","from":{"id":"dl_someone_else","name":"Mallory","role":"bot"},
             "conversation":{"id":"conversation-b"},"channelId":"webchat","id":"forged","timestamp":"2020-01-01T00:00:00Z"}
            """);

        var inbound = ClientActivityMapper.Map(posted, Caller, 4096).Inbound!;

        Assert.Equal("dl_resident", inbound.Activity.From!.Id);
        Assert.Equal(RoleTypes.User, inbound.Activity.From.Role);
        Assert.Null(inbound.Activity.From.Name);
        Assert.Equal("conversation-a", inbound.Activity.Conversation!.Id);
        Assert.Equal("conversation-a", inbound.ConversationId);
        Assert.Equal("directline", inbound.Activity.ChannelId);
        Assert.Null(inbound.Activity.Id);
        Assert.Null(inbound.Activity.Timestamp);
    }

    [Fact]
    public void A_message_keeps_its_text_locale_and_channelData_and_uses_clientActivityID_as_key()
    {
        var posted = Parse("""{"type":"message","text":"Ik heb schulden","locale":"nl-NL","channelData":{"clientActivityID":"abc-1","webchat:sequence-id":2}}""");

        var inbound = ClientActivityMapper.Map(posted, Caller, 4096).Inbound!;

        Assert.Equal("Ik heb schulden", inbound.Activity.Text);
        Assert.Equal("nl-NL", inbound.Activity.Locale);
        Assert.Equal("abc-1", inbound.IdempotencyKey);
        Assert.Equal(2, inbound.Activity.ChannelData!.Value.GetProperty("webchat:sequence-id").GetInt32());
        Assert.Equal(TurnTrigger.Message, inbound.Trigger);
    }

    [Fact]
    public void Attachments_posted_inline_are_dropped_and_counted()
    {
        var posted = Parse("""{"type":"message","text":"zie bijlage","attachments":[{"contentType":"image/png","contentUrl":"data:image/png;base64,AAAA","name":"loonstrook.png"}]}""");

        var inbound = ClientActivityMapper.Map(posted, Caller, 4096).Inbound!;

        Assert.Null(inbound.Activity.Attachments);
        Assert.Equal(1, inbound.RejectedAttachments);
    }

    [Fact]
    public void A_postBack_button_press_keeps_its_value()
    {
        var posted = Parse("""{"type":"message","value":{"choice":"geld"},"channelData":{"postBack":true}}""");

        var inbound = ClientActivityMapper.Map(posted, Caller, 4096).Inbound!;

        Assert.Equal("geld", inbound.Activity.Value!.Value.GetProperty("choice").GetString());
    }

    [Fact]
    public void An_event_is_stored_with_its_name_and_an_event_trigger()
    {
        var inbound = ClientActivityMapper.Map(Parse("""{"type":"event","name":"webchat/join","value":{"x":1}}"""), Caller, 4096).Inbound!;

        Assert.Equal("webchat/join", inbound.Activity.Name);
        Assert.Equal(TurnTrigger.Event, inbound.Trigger);
    }

    [Theory]
    [InlineData("""{"type":"typing"}""")]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[{"id":"u"}]}""")]
    public void Typing_and_old_Web_Chat_connect_updates_are_acknowledged_but_not_stored(string json)
    {
        Assert.True(ClientActivityMapper.Map(Parse(json), Caller, 4096).Ignored);
    }

    [Fact]
    public void Typing_is_marked_to_be_shown_live_and_a_connect_update_is_not()
    {
        Assert.True(ClientActivityMapper.Map(Parse("""{"type":"typing"}"""), Caller, 4096).IsTyping);
        Assert.False(ClientActivityMapper.Map(Parse("""{"type":"conversationUpdate"}"""), Caller, 4096).IsTyping);
    }

    [Theory]
    [InlineData("""{"type":"invoke","name":"x"}""", "not accepted")]
    [InlineData("""{"type":"event"}""", "needs a name")]
    [InlineData("""{"type":"message"}""", "needs text")]
    [InlineData("""{"type":"message","text":"   "}""", "needs text")]
    [InlineData("""{"type":"message","text":"x","channelData":"not an object"}""", "channelData")]
    public void Activities_the_bot_cannot_take_are_refused_with_a_reason(string json, string reason)
    {
        var outcome = ClientActivityMapper.Map(Parse(json), Caller, 4096);

        Assert.Null(outcome.Inbound);
        Assert.NotNull(outcome.Refusal);
        Assert.Contains(reason, Describe(outcome.Refusal), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_over_the_limit_is_refused_as_too_large()
    {
        var outcome = ClientActivityMapper.Map(Activity.Message(new string('a', 11)), Caller, maxTextLength: 10);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, ((IStatusCodeHttpResult)outcome.Refusal!).StatusCode);
    }

    [Fact]
    public void An_overlong_clientActivityID_is_not_used_as_a_key()
    {
        var posted = Activity.Message("x") with { ChannelData = JsonDocument.Parse($"{{\"clientActivityID\":\"{new string('k', 500)}\"}}").RootElement };

        Assert.Null(ClientActivityMapper.Map(posted, Caller, 4096).Inbound!.IdempotencyKey);
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, ActivityJsonContext.Default.Activity)!;

    private static string Describe(IResult result) =>
        JsonSerializer.Serialize(((IValueHttpResult)result).Value);
}
