using KooAssistent.Conversation.Dialog.Triage;

namespace KooAssistent.Conversation.Dialog.Assistance;

/// <param name="Category">The kind of danger, for <see cref="DangerLevel.Possible"/> and <see cref="DangerLevel.Crisis"/>.</param>
/// <param name="Failure">For <see cref="DangerLevel.Unavailable"/>: a short code (<c>timeout</c>, <c>error</c>, <c>unreadable</c>), never text.</param>
public sealed record DangerOpinion(DangerLevel Level, CrisisCategory? Category = null, string? Failure = null)
{
    public static DangerOpinion NoDanger { get; } = new(DangerLevel.None);

    public static DangerOpinion Unavailable(string failure) => new(DangerLevel.Unavailable, Failure: failure);

    /// <summary>The reason code the turn records: <c>second-opinion:crisis:suicide</c>, <c>second-opinion:none</c>, <c>second-opinion:unavailable:timeout</c>.</summary>
    public string Reason => Level switch
    {
        DangerLevel.Crisis or DangerLevel.Possible when Category is { } kind => $"second-opinion:{Level.ToString().ToLowerInvariant()}:{kind.ToString().ToLowerInvariant()}",
        DangerLevel.None => "second-opinion:none",
        _ => "second-opinion:unavailable:" + (Failure ?? "unreadable"),
    };

    /// <summary>For logs, which carry a time beside the turn's own lines: the level and a failure code, not the kind of danger.</summary>
    public string LogCode => Level == DangerLevel.Unavailable ? "unavailable:" + (Failure ?? "unreadable") : Level.ToString().ToLowerInvariant();
}
