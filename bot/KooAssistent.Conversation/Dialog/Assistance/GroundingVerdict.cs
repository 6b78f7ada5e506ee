namespace KooAssistent.Conversation.Dialog.Assistance;

/// <param name="Refusal">Why the guard refused: <c>empty</c>, <c>too-long</c>, <c>url</c>, <c>amount</c>, <c>date</c>, <c>number</c>, <c>organisation</c>, <c>name</c> or <c>no-contact</c>; null when accepted.</param>
public sealed record GroundingVerdict(string? Refusal)
{
    public static GroundingVerdict Accepted { get; } = new((string?)null);

    public bool IsAccepted => Refusal is null;
}
