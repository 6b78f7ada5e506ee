namespace KooAssistent.Conversation.Knowledge.Canned;

/// <summary>A standard reply a worker can put in the reply box: its id, the name the picker shows and its text with placeholders.</summary>
public sealed record CannedReply(string Id, string Title, string Text);
