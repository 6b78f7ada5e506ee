using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// E-mail addresses, found from each "@" outwards (local part at most 64 characters, domain at most 253, RFC 5321),
/// which keeps the scan linear. The domain needs a dot and a top-level domain of letters; trailing punctuation is not
/// part of the address ("mail naar jan@koo.nl.").
/// </summary>
internal sealed class EmailRecognizer : IEntityRecognizer
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        var text = input.Folded;
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && at - start < MaxLocal && IsLocal(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            var end = at + 1;
            while (end < text.Length && end - at <= MaxDomain && IsDomain(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < at && IsDomainName(text[(at + 1)..end]))
            {
                var address = input.Original[start..end].ToLowerInvariant();
                candidates.Add(input.Entity(EntityKind.Email, start, end, new IdentifierValue(address)));
            }
        }
    }

    private static bool IsLocal(char character) => char.IsLetterOrDigit(character) || character is '.' or '_' or '%' or '+' or '-' or '\'';

    private static bool IsDomain(char character) => char.IsLetterOrDigit(character) || character is '.' or '-';

    private static bool IsDomainName(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length is > 0 and <= 63)
            && labels[^1].Length >= 2 && labels[^1].All(char.IsLetter);
    }
}
