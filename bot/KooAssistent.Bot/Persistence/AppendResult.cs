namespace KooAssistent.Bot.Persistence;

/// <param name="Stored">The recorded activity (the first copy when this was a retry).</param>
/// <param name="Duplicate">True when an activity with the same idempotency key was already stored.</param>
public sealed record AppendResult(StoredActivity Stored, bool Duplicate);
