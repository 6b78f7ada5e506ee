using System.Text;
using System.Text.RegularExpressions;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// Checks a model's phrasing of an article before a resident sees it: it must be no longer than the article's own
/// text, and every URL or e-mail address, amount, date, number (phone numbers included, however they are spaced),
/// organisation name and capitalised name in it must occur in the article, and when the article gives a phone number or
/// address the phrasing keeps at least one. What the guard cannot check it does not let through: a refusal only means
/// the article's own text is sent.
/// </summary>
public sealed partial class GroundingGuard(OrganisationDirectory organisations)
{
    public GroundingVerdict Check(string phrased, string articleTitle, string articleBody)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        ArgumentNullException.ThrowIfNull(articleTitle);
        ArgumentNullException.ThrowIfNull(articleBody);
        var output = phrased.Trim();
        var source = articleTitle + "\n" + articleBody;
        if (output.Length == 0)
        {
            return Refuse("empty");
        }

        if (output.Length > articleBody.Trim().Length)
        {
            return Refuse("too-long");
        }

        if (!Addresses(output).IsSubsetOf(Addresses(source)))
        {
            return Refuse("url");
        }

        // Addresses are checked; their digits and capitals are not read again as numbers or names.
        var plainOutput = Address().Replace(output, " ");
        var plainSource = Address().Replace(source, " ");
        if (!Found(Amount(), plainOutput).IsSubsetOf(Found(Amount(), plainSource)))
        {
            return Refuse("amount");
        }

        if (!Found(Date(), plainOutput).IsSubsetOf(Found(Date(), plainSource)))
        {
            return Refuse("date");
        }

        // The article's numbers count whole and by their groups, so "0800 - 8115" may quote the article's "0800-8115".
        var sourceNumbers = Found(Number(), plainSource);
        sourceNumbers.UnionWith(Found(DigitGroup(), plainSource));
        if (!Found(Number(), plainOutput).IsSubsetOf(sourceNumbers))
        {
            return Refuse("number");
        }

        var lowerSource = plainSource.ToLowerInvariant();
        if (organisations.All.Any(organisation => Mentions(plainOutput.ToLowerInvariant(), organisation.Name.ToLowerInvariant()) && !Mentions(lowerSource, organisation.Name.ToLowerInvariant())))
        {
            return Refuse("organisation");
        }

        var sourceWords = Words(lowerSource);
        if (!Names(plainOutput).All(name => sourceWords.Contains(name.ToLowerInvariant())))
        {
            return Refuse("name");
        }

        // An answer names the next step and whom to contact: an article with a phone number or address keeps one.
        var sourceContacts = Contacts(source, plainSource);
        return sourceContacts.Count == 0 || sourceContacts.Overlaps(Contacts(output, plainOutput))
            ? GroundingVerdict.Accepted
            : Refuse("no-contact");
    }

    /// <summary>Web and e-mail addresses, and numbers long enough to be phone numbers (six digits or more).</summary>
    private static HashSet<string> Contacts(string text, string withoutAddresses)
    {
        var contacts = Addresses(text);
        contacts.UnionWith(Found(Number(), withoutAddresses).Where(number => number.Length >= 6));
        return contacts;
    }

    private static GroundingVerdict Refuse(string why) => new(why);

    private static HashSet<string> Addresses(string text) =>
        [.. Address().Matches(text).Select(match => match.Value.ToLowerInvariant().TrimEnd('.', ',', ')', '/', ':', ';', '!', '?'))
            .Select(address => Scheme().Replace(address, string.Empty))];

    /// <summary>Digits only, so "073 206 88 88", "073-2068888" and "€ 1.234,50" compare by what they say, not how.</summary>
    private static HashSet<string> Found(Regex pattern, string text) =>
        [.. pattern.Matches(text).Select(match => Canonical(match.Value))];

    private static string Canonical(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var character in value.ToLowerInvariant())
        {
            if (char.IsAsciiDigit(character) || char.IsAsciiLetterLower(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static bool Mentions(string text, string name) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static HashSet<string> Words(string text) => [.. Word().Matches(text).Select(match => match.Value)];

    /// <summary>Capitalised words that do not open a sentence, a line or a list item: names of people, places and organisations.</summary>
    private static IEnumerable<string> Names(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            if (!char.IsUpper(word.Value[0]) || word.Value == "I")
            {
                continue;
            }

            var before = text[..word.Index].TrimEnd(' ', '\t', '*', '-', '#', '"', '\'', '(', '“', '‘');
            if (before.Length > 0 && !".!?:\n".Contains(before[^1], StringComparison.Ordinal))
            {
                yield return word.Value;
            }
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s)\]>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|info|be|de)\b(?:/[^\s)\]>]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"€\s*\d(?:[\d.,]*\d)?|\d(?:[\d.,]*\d)?\s*(?:euro|eur)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\b|\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Date();

    /// <summary>Groups of digits with one space, dot, comma or hyphen between them: one phone number or amount, however written.</summary>
    [GeneratedRegex(@"\+?\d+(?:[ .,\-]\d+)*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Number();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigitGroup();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();
}
