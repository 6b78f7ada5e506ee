using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace KooAssistent.Storage.Tickets;

/// <summary>
/// The number of a ticket that a worker can read out on the phone and a resident can read back: seven characters
/// from digits and capitals without look-alikes (no 0/O, 1/I/L, and no U), shown as <c>K4M-9QXT</c>. Random, so it
/// says nothing about how many tickets there are; 30^7 ≈ 2·10^10 numbers, so a mistyped one almost never names another
/// resident's ticket. The long id stays the key; the number is unique among the stored tickets.
/// </summary>
public static class TicketNumber
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 7;

    /// <summary>Where the hyphen goes when the number is shown: after the third character.</summary>
    private const int GroupLength = 3;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"K4M9QXT" is shown as "K4M-9QXT".</summary>
    public static string Format(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.Length == Length ? $"{number[..GroupLength]}-{number[GroupLength..]}" : number;
    }

    /// <summary>
    /// Reads a number as people write or say it: any case, with or without hyphens, spaces or dots ("k4m 9qxt"). False
    /// for anything else, a 32-digit ticket id included.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? number)
    {
        number = null;
        if (text is null || text.Length > 2 * Length)
        {
            return false;
        }

        var characters = text.Where(character => character is not ('-' or ' ' or '.')).Select(char.ToUpperInvariant).ToArray();
        if (characters.Length != Length || !characters.All(character => Alphabet.Contains(character, StringComparison.Ordinal)))
        {
            return false;
        }

        number = new string(characters);
        return true;
    }
}
