namespace KooAssistent.Storage.Inbox;

/// <summary>A call to a resident who asked to be called back: who called, how it went (<see cref="CallOutcomes"/>) and when.</summary>
public sealed record CallDto(string Worker, string Outcome, DateTimeOffset At);
