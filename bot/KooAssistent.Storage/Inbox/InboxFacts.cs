namespace KooAssistent.Storage.Inbox;

/// <summary>A ticket's channel, the resident's last message as stored (not yet redacted) and the worker's unread count.</summary>
public sealed record InboxFacts(string Channel, string? LastResidentText, int Unread);
