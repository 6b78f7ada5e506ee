namespace KooAssistent.Conversation.Activities;

/// <summary>
/// Web Chat decides which side a bubble is on from <c>from.role</c>, so every stored activity carries one.
/// </summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
