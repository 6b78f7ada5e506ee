namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>The check digits that tell a real BSN, IBAN or card number from nine, eighteen or sixteen random characters.</summary>
internal static class Checksums
{
    /// <summary>
    /// The BSN "11-proef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 and not 0
    /// (https://www.rvig.nl/bsn, Logisch ontwerp BSN). Expects exactly nine ASCII digits.
    /// </summary>
    public static bool PassesElevenTest(string digits)
    {
        var sum = 0;
        for (var index = 0; index < 8; index++)
        {
            sum += (9 - index) * (digits[index] - '0');
        }

        sum -= digits[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>The Luhn check (ISO/IEC 7812-1) that every payment card number passes. Expects ASCII digits.</summary>
    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var index = 0; index < digits.Length; index++)
        {
            var digit = digits[digits.Length - 1 - index] - '0';
            if (index % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// ISO 13616 / ISO 7064 mod 97-10: the country code and check digits moved to the end, letters as 10-35, the
    /// whole as a number leaves 1 when divided by 97. Expects upper-case ASCII letters and digits.
    /// </summary>
    public static bool PassesMod97(string iban)
    {
        if (iban.Length < 5 || iban[2..4] is "00" or "01" or "99")
        {
            return false;
        }

        var remainder = 0;
        foreach (var character in iban[4..] + iban[..4])
        {
            remainder = char.IsAsciiDigit(character)
                ? ((remainder * 10) + (character - '0')) % 97
                : ((remainder * 100) + (character - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }
}
