using KooAssistent.Conversation.Understanding.Recognizers.Identifiers;
using KooAssistent.Conversation.Understanding.Recognizers.Numbers;

namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>One message prepared once for all recognizers: folded text, tokens, numbers, languages, reference date.</summary>
internal sealed class RecognitionInput
{
    private DigitRuns? digitRuns;

    public RecognitionInput(string text, RecognitionContext context)
    {
        Original = text;
        Folded = FoldedText.Fold(text);
        Tokens = Tokenizer.Tokenize(Folded);
        Languages = LanguagesOf(context.Language);
        ReferenceDate = context.ReferenceDate;
        Numbers = NumberScanner.Scan(Tokens, Original, Languages);
    }

    public string Original { get; }

    /// <summary>Same length as <see cref="Original"/>; see <see cref="FoldedText"/>.</summary>
    public string Folded { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public Languages Languages { get; }

    public DateOnly ReferenceDate { get; }

    public NumberSpans Numbers { get; }

    /// <summary>Digit groups for the identifier recognizers, found on first use.</summary>
    public DigitRuns DigitRuns => digitRuns ??= DigitRuns.Find(Folded);

    public bool Has(int index) => index >= 0 && index < Tokens.Count;

    public bool IsWord(int index, string word) => Has(index) && Tokens[index].Kind == TokenKind.Word && Tokens[index].Text == word;

    public bool IsWord<T>(int index, WordTable<T> words) => TryWord(index, words, out _);

    public bool TryWord<T>(int index, WordTable<T> words, out T value)
    {
        if (Has(index) && Tokens[index].Kind == TokenKind.Word)
        {
            return words.TryGet(Tokens[index].Text, Languages, out value);
        }

        value = default!;
        return false;
    }

    public bool IsSymbol(int index, char symbol) => Has(index) && Tokens[index].Kind == TokenKind.Symbol && Tokens[index].Text[0] == symbol;

    public bool IsDigits(int index) => Has(index) && Tokens[index].Kind == TokenKind.Digits;

    /// <summary>The token touches the one before it, without whitespace between.</summary>
    public bool IsGlued(int index) => index > 0 && Has(index) && !Tokens[index].SpaceBefore;

    /// <summary>Nothing that could continue an expression follows the token: the end, or whitespace or punctuation.</summary>
    public bool EndsFreely(int index) => !Has(index + 1) || Tokens[index + 1].SpaceBefore || Tokens[index + 1].Kind == TokenKind.Symbol;

    public RecognizedEntity Entity(EntityKind kind, int start, int end, EntityValue value) =>
        new(kind, start, end - start, Original[start..end], value);

    public RecognizedEntity EntityOfTokens(EntityKind kind, int firstToken, int lastToken, EntityValue value) =>
        Entity(kind, Tokens[firstToken].Start, Tokens[lastToken].End, value);

    private static Languages LanguagesOf(string? language)
    {
        var code = language?.Trim() ?? string.Empty;
        if (code.StartsWith("nl", StringComparison.OrdinalIgnoreCase))
        {
            return Languages.Dutch;
        }

        return code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Languages.English : Languages.Both;
    }
}
