using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Conversation.Tests.Dialog.Assistance;

/// <summary>Two handoff requests alike in every field, lists compared by their items (records compare lists by reference).</summary>
internal sealed class HandoffComparer : IEqualityComparer<HandoffRequest>
{
    public static HandoffComparer Instance { get; } = new();

    public bool Equals(HandoffRequest? x, HandoffRequest? y) =>
        x is not null && y is not null
        && Normalised(x) == Normalised(y)
        && x.Reasons.SequenceEqual(y.Reasons) && x.Domains.SequenceEqual(y.Domains) && x.Pressure.SequenceEqual(y.Pressure)
        && x.ResidentWords.SequenceEqual(y.ResidentWords) && x.Facts.SequenceEqual(y.Facts);

    public int GetHashCode(HandoffRequest obj) => obj.Theme.GetHashCode(StringComparison.Ordinal);

    private static HandoffRequest Normalised(HandoffRequest request) => request with { Reasons = [], Domains = [], Pressure = [], ResidentWords = [], Facts = [] };
}
