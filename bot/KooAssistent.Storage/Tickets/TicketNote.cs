namespace KooAssistent.Storage.Tickets;

/// <summary>A worker's private note on a ticket; never shown to the resident.</summary>
public sealed record TicketNote(string Author, string Text, DateTimeOffset CreatedAt);
