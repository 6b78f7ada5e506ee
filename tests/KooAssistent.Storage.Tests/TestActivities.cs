using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage.Tests;

/// <summary>A resident's message, a bot reply and a handoff ticket as the contracts write them.</summary>
internal static class TestActivities
{
    public static InboundActivity Inbound(string conversationId, string text, string? key, int? limit = null) =>
        new(conversationId, new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("u-1", Role: RoleTypes.User) }, key, TurnTrigger.Message, MaxStoredActivities: limit);

    public static Activity BotReply(string text) => Activity.Message(text) with { From = new ChannelAccount("bot", Role: RoleTypes.Bot) };

    public static NewTicket Ticket(string id) =>
        new(id, "Buurtteam Noord", new HandoffRequest("geld", HandoffUrgency.Normal, ["schulden"], ["geld"], [], ["ik heb schulden"], [], null, "5211", null, "nl"));
}
