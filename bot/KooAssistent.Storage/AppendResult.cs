namespace KooAssistent.Storage;

/// <param name="Stored">The recorded activity (the first copy when this was a retry); null when the first copy was erased.</param>
/// <param name="Duplicate">True when an activity with the same idempotency key was already stored, or was stored and then erased.</param>
public sealed record AppendResult(StoredActivity? Stored, bool Duplicate);
