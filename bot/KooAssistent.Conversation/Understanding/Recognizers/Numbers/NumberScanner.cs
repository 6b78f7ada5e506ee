using System.Collections.Frozen;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>Finds every number in the tokens once, for all recognizers that build on numbers.</summary>
internal static class NumberScanner
{
    private const int MaxWords = 10;
    private const int MaxGroups = 8;

    private static readonly WordTable<decimal> Scales = new(
        new Dictionary<string, decimal> { ["duizend"] = 1_000, ["miljoen"] = 1_000_000, ["mln"] = 1_000_000, ["miljard"] = 1_000_000_000, ["mld"] = 1_000_000_000, ["mrd"] = 1_000_000_000 },
        new Dictionary<string, decimal> { ["thousand"] = 1_000, ["million"] = 1_000_000, ["mln"] = 1_000_000, ["billion"] = 1_000_000_000, ["bn"] = 1_000_000_000 });

    private static readonly FrozenSet<string> DutchAfterTen = new[]
    {
        "minste", "eerste", "tweede", "derde", "slotte", "laatste", "behoeve", "opzichte", "aanzien", "gevolge", "einde", "tijde",
        "onrechte", "hoogste", "zuiden", "noorden", "oosten", "westen", "huize", "name", "koste", "spoedigste", "dele", "volle",
        "overstaan", "laste", "grondslag", "goede", "val", "uitvoer", "onder",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static NumberSpans Scan(IReadOnlyList<Token> tokens, string original, Languages languages)
    {
        var spans = new NumberSpans();
        var index = 0;
        while (index < tokens.Count)
        {
            var span = tokens[index].Kind switch
            {
                TokenKind.Digits => FromDigits(tokens, index, languages),
                TokenKind.Word => FromWords(tokens, index, original, languages),
                _ => null,
            };
            if (span is { } found)
            {
                spans.Add(found);
                index = found.LastToken + 1;
            }
            else
            {
                index++;
            }
        }

        return spans;
    }

    private static NumberSpan? FromDigits(IReadOnlyList<Token> tokens, int first, Languages languages)
    {
        // Digits glued to letters before them ("NL91", "a15") are part of a code, not a quantity.
        if (first > 0 && !tokens[first].SpaceBefore && tokens[first - 1].Kind == TokenKind.Word)
        {
            return null;
        }

        var groups = new List<string> { tokens[first].Text };
        var separators = new List<char>();
        var last = first;
        while (groups.Count < MaxGroups && last + 2 < tokens.Count && IsGlued(tokens, last + 1) && tokens[last + 1].Text is "." or ","
            && IsGlued(tokens, last + 2) && tokens[last + 2].Kind == TokenKind.Digits)
        {
            separators.Add(tokens[last + 1].Text[0]);
            groups.Add(tokens[last + 2].Text);
            last += 2;
        }

        var english = languages == Languages.English;
        var parsed = DigitNumberParser.Parse(groups, separators, english);
        if (parsed is null)
        {
            last = first;
            parsed = DigitNumberParser.Parse([groups[0]], [], english);
        }

        if (parsed is not { } number)
        {
            return null;
        }

        var multiplier = 1m;
        var thousandSuffix = false;
        if (last + 1 < tokens.Count && IsGlued(tokens, last + 1) && tokens[last + 1].Text == "k")
        {
            (multiplier, thousandSuffix) = (1_000, true);
            last++;
        }
        else if (last + 1 < tokens.Count && Scales.TryGet(tokens[last + 1].Text, languages, out var scale))
        {
            multiplier = scale;
            last++;
        }

        if (number.Value > 1_000_000_000_000m && multiplier > 1)
        {
            return null;
        }

        return new NumberSpan(first, last, tokens[first].Start, tokens[last].End, number.Value * multiplier, number.Amount * multiplier, false, true, thousandSuffix);
    }

    private static NumberSpan? FromWords(IReadOnlyList<Token> tokens, int first, string original, Languages languages)
    {
        foreach (var language in new[] { Languages.Dutch, Languages.English })
        {
            if (languages.HasFlag(language) && FromWordsIn(language, tokens, first, original) is { } span)
            {
                return span;
            }
        }

        return null;
    }

    private static NumberSpan? FromWordsIn(Languages language, IReadOnlyList<Token> tokens, int first, string original)
    {
        if (language == Languages.English && IsDutchTen(tokens, first))
        {
            return null;
        }

        var morphemes = new List<NumberMorpheme>();
        var words = new List<(int Token, int Morphemes)>();
        var index = first;
        while (words.Count < MaxWords && tokens[index].Kind == TokenKind.Word && NumberLexicon.TryLex(tokens[index].Text, language, morphemes))
        {
            words.Add((index, morphemes.Count));
            if (index + 2 < tokens.Count && tokens[index + 1].Text == "-" && IsGlued(tokens, index + 1) && IsGlued(tokens, index + 2))
            {
                index += 2;
            }
            else if (index + 1 < tokens.Count && tokens[index + 1].SpaceBefore)
            {
                index++;
            }
            else
            {
                break;
            }
        }

        for (var count = words.Count; count > 0; count--)
        {
            var (last, morphemeCount) = words[count - 1];
            var used = morphemes.GetRange(0, morphemeCount);
            if (NumberGrammar.Evaluate(used, language == Languages.Dutch) is { } value)
            {
                var weak = used.Count == 1 && IsWeakAlone(used[0], tokens[first], original);
                return new NumberSpan(first, last, tokens[first].Start, tokens[last].End, value, value, weak, false, false);
            }
        }

        return null;
    }

    /// <summary>Dutch "ten" ("ten minste", "ten eerste") read in a message of unknown language.</summary>
    private static bool IsDutchTen(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text == "ten" && index + 1 < tokens.Count && DutchAfterTen.Contains(tokens[index + 1].Text);

    /// <summary>"een" is "a" unless written "één"; "a" and "half" alone are numbers only before a unit.</summary>
    private static bool IsWeakAlone(NumberMorpheme morpheme, Token token, string original) =>
        morpheme.Kind is MorphemeKind.Article or MorphemeKind.Half
        || (morpheme.MaybeArticle && original.AsSpan(token.Start, token.Length).Equals(token.Text, StringComparison.OrdinalIgnoreCase));

    private static bool IsGlued(IReadOnlyList<Token> tokens, int index) => index < tokens.Count && !tokens[index].SpaceBefore;
}
