namespace KooAssistent.Conversation.Activities;

public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
}
