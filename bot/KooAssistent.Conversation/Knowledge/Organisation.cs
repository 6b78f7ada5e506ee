namespace KooAssistent.Conversation.Knowledge;

/// <summary>An organisation or help line residents can be referred to, with the contact details the bot may quote.</summary>
/// <param name="Hours">When it can be reached, only when a source confirms it; otherwise null and the bot says nothing about hours.</param>
/// <param name="HoursEn">The same in English, for English texts.</param>
public sealed record Organisation(
    string Id,
    string Name,
    string? Phone,
    Uri? Website,
    IReadOnlyList<Uri> Sources,
    DateOnly Reviewed,
    Uri? Chat = null,
    string? Hours = null,
    string? HoursEn = null);
