namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Turns the digits of a candidate into a phone number by the Dutch numbering plan: ten digits starting with 0
/// (06 mobile, other area codes fixed), 0800/0900/0906/0909 with four or seven digits, and short help numbers.
/// Eight digits without a leading 0 are never a Dutch number, which keeps amounts and dates out.
/// </summary>
internal static class PhoneNumberParser
{
    private static readonly string[] ServicePrefixes = ["0800", "0900", "0906", "0909"];
    private static readonly string[] ShortNumbers = ["112", "113", "144"];

    /// <param name="digits">The digits typed, without separators.</param>
    /// <param name="plus">A "+" was typed before them.</param>
    /// <param name="standalone">The digits stand on their own, not as a part of a longer run of digits.</param>
    public static PhoneNumberValue? Parse(string digits, bool plus, bool standalone)
    {
        if (plus)
        {
            return International(digits);
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return International(digits[2..]);
        }

        if (digits.StartsWith('0'))
        {
            return National(digits);
        }

        // 116 000, 116 111, 116 123: the European harmonised help lines.
        var isShort = ShortNumbers.Contains(digits) || (digits.Length == 6 && digits.StartsWith("116", StringComparison.Ordinal));
        return standalone && isShort ? new PhoneNumberValue(digits, PhoneNumberKind.HelpLine) : null;
    }

    private static PhoneNumberValue? International(string digits)
    {
        if (digits.StartsWith("31", StringComparison.Ordinal))
        {
            // "+31 (0)6 ...": the trunk 0 some people keep after the country code is dropped.
            var national = digits[2..];
            return National(national.StartsWith('0') ? national : "0" + national);
        }

        return digits.Length is >= 8 and <= 15 && digits[0] != '0'
            ? new PhoneNumberValue("+" + digits, PhoneNumberKind.International)
            : null;
    }

    private static PhoneNumberValue? National(string digits)
    {
        if (ServicePrefixes.Any(prefix => digits.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return digits.Length is 8 or 11 ? new PhoneNumberValue(digits, PhoneNumberKind.Service) : null;
        }

        if (digits.Length != 10 || digits[1] == '0')
        {
            return null;
        }

        return new PhoneNumberValue("+31" + digits[1..], digits[1] == '6' ? PhoneNumberKind.Mobile : PhoneNumberKind.Fixed);
    }
}
