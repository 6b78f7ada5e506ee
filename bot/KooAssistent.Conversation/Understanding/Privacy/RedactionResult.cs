using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Understanding.Privacy;

/// <summary>A message with its personal data replaced by placeholders, and which kinds were found.</summary>
/// <param name="Text">The text with "[BSN]", "[IBAN]", "[TELEFOON]", "[E-MAIL]", "[ADRES]" and "[BETAALKAART]" in place.</param>
/// <param name="Found">Each kind replaced, once, in order of first appearance; the bot tells the resident it does not need them.</param>
public sealed record RedactionResult(string Text, IReadOnlyList<EntityKind> Found)
{
    public bool HasPersonalData => Found.Count > 0;
}
