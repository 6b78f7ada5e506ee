using System.Text.Json;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Conversation.Tests.Activities;

public sealed class ActivityJsonTests
{
    [Fact]
    public void A_message_serialises_with_the_exact_camelCase_names_of_the_schema_and_omits_empty_fields()
    {
        var activity = Activity.Message("Hallo") with
        {
            Id = "abc|0000001",
            Timestamp = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
            From = new ChannelAccount("koo-assistent", "KooAssistent", RoleTypes.Bot),
            Conversation = new ConversationAccount("abc"),
            ReplyToId = "abc|0000000",
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions([CardAction.ImBack("Geld")]),
        };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity));
        var root = json.RootElement;

        Assert.Equal("message", root.GetProperty("type").GetString());
        Assert.Equal("abc|0000000", root.GetProperty("replyToId").GetString());
        Assert.Equal("expectingInput", root.GetProperty("inputHint").GetString());
        Assert.Equal("bot", root.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("imBack", root.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Equal("Geld", root.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
        Assert.False(root.TryGetProperty("attachments", out _));
        Assert.False(root.TryGetProperty("channelData", out _));
        Assert.False(root.GetProperty("suggestedActions").TryGetProperty("to", out _));
    }

    [Fact]
    public void The_timestamp_is_written_in_UTC_with_an_explicit_Z()
    {
        var activity = Activity.Message("x") with { Timestamp = new DateTimeOffset(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(1)) };

        var json = JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity);

        Assert.Contains("\"timestamp\":\"2026-11-22T09:30:00.0000000Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_local_timestamp_keeps_the_client_offset()
    {
        var activity = JsonSerializer.Deserialize(
            """{"type":"message","text":"x","localTimestamp":"2026-11-22T10:30:00.000+01:00"}""",
            ActivityJsonContext.Default.Activity)!;

        var json = JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity);

        Assert.Contains("2026-11-22T10:30:00+01:00", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Web_Chat_activity_is_read_with_unknown_fields_ignored_and_channelData_kept_verbatim()
    {
        const string posted = """
            {
              "type": "message",
              "text": "Ik heb een vraag",
              "channelId": "webchat",
              "from": { "id": "dl_123", "name": "", "role": "user" },
              "locale": "nl-NL",
              "localTimezone": "Europe/Amsterdam",
              "entities": [ { "type": "ClientCapabilities", "requiresBotState": true } ],
              "channelData": { "clientActivityID": "1732271234-abc", "webchat:sequence-id": 3 },
              "somethingNew": { "nested": true }
            }
            """;

        var activity = JsonSerializer.Deserialize(posted, ActivityJsonContext.Default.Activity)!;

        Assert.Equal("Ik heb een vraag", activity.Text);
        Assert.Equal("Europe/Amsterdam", activity.LocalTimezone);
        Assert.Equal("1732271234-abc", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(3, activity.ChannelData.Value.GetProperty("webchat:sequence-id").GetInt32());
        Assert.Single(activity.Entities!);
    }

    [Fact]
    public void An_activity_without_a_type_is_rejected()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"text":"hoi"}""", ActivityJsonContext.Default.Activity));
    }

    [Fact]
    public void A_stored_activity_round_trips_unchanged()
    {
        var original = Activity.Message("Geld en schulden") with
        {
            Id = "c|0000004",
            Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Locale = "nl-NL",
            ChannelData = JsonDocument.Parse("""{"clientActivityID":"x"}""").RootElement,
            MembersAdded = [new ChannelAccount("u1")],
        };

        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(original, ActivityJsonContext.Default.Activity), ActivityJsonContext.Default.Activity)!;

        Assert.Equal(original.Text, copy.Text);
        Assert.Equal(original.Timestamp, copy.Timestamp);
        Assert.Equal(original.ChannelData.Value.GetRawText(), copy.ChannelData!.Value.GetRawText());
        Assert.Equal("u1", copy.MembersAdded![0].Id);
    }
}
