namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <param name="Value">The number as the language reads it.</param>
/// <param name="Amount">The number as an amount of money, where three decimals never occur: "1,250" is 1250.</param>
internal readonly record struct ParsedDigits(decimal Value, decimal Amount);
