namespace KooAssistent.Conversation.Knowledge;

/// <summary>An organisation residents can be referred to, with the contact details the bot may quote.</summary>
public sealed record Organisation(
    string Id,
    string Name,
    string? Phone,
    Uri? Website,
    IReadOnlyList<Uri> Sources,
    DateOnly Reviewed);
