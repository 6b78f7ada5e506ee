namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <param name="Code">Upper case, without spaces.</param>
/// <param name="IsValid">Passes the mod-97 check (and for NL the bank-code shape).</param>
/// <param name="IsLookalike">
/// Fails the check but has a known country's exact length and enough digits: most likely a mistyped IBAN.
/// </param>
internal readonly record struct IbanCandidate(int Start, int End, string Code, bool IsValid, bool IsLookalike);
