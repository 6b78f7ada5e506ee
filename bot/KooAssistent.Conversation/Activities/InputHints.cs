namespace KooAssistent.Conversation.Activities;

/// <summary>The wire strings of the SDK (<c>InputHints.cs</c>), not the shorter words of the spec prose.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
