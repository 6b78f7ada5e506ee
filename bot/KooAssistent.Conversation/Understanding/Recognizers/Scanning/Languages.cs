namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>Which languages' words to read; unknown text is read as both.</summary>
[Flags]
internal enum Languages
{
    None = 0,
    Dutch = 1,
    English = 2,
    Both = Dutch | English,
}
