using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Turns;

/// <summary>How the bot appears in every channel's transcript.</summary>
public static class BotIdentity
{
    public static ChannelAccount Account { get; } = new("koo-assistent", "KooAssistent", RoleTypes.Bot);
}
