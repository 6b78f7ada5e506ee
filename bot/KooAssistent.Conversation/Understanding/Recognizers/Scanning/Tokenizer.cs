namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>Splits folded text into words, digit runs and single symbols, remembering where whitespace was.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string folded)
    {
        var tokens = new List<Token>();
        var spaceBefore = true;
        var index = 0;
        while (index < folded.Length)
        {
            var character = folded[index];
            if (character == ' ')
            {
                spaceBefore = true;
                index++;
                continue;
            }

            var start = index;
            TokenKind kind;
            if (char.IsAsciiDigit(character))
            {
                kind = TokenKind.Digits;
                while (index < folded.Length && char.IsAsciiDigit(folded[index]))
                {
                    index++;
                }
            }
            else if (char.IsLetter(character))
            {
                kind = TokenKind.Word;
                while (index < folded.Length && char.IsLetter(folded[index]))
                {
                    index++;
                }
            }
            else
            {
                kind = TokenKind.Symbol;
                index++;
            }

            tokens.Add(new Token(kind, start, index - start, folded[start..index], spaceBefore));
            spaceBefore = false;
        }

        return tokens;
    }
}
