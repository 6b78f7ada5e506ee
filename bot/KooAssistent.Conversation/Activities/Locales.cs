namespace KooAssistent.Conversation.Activities;

/// <summary>The locale the bot speaks for a conversation language: British English for "en", Dutch otherwise.</summary>
public static class Locales
{
    public static string For(string language) => language == "en" ? "en-GB" : "nl-NL";
}
