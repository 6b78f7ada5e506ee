namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

internal enum MorphemeKind
{
    Zero,

    /// <summary>1-9.</summary>
    Unit,

    /// <summary>10-19.</summary>
    Teen,

    /// <summary>20, 30 ... 90.</summary>
    Tens,
    Hundred,

    /// <summary>Thousand, million, billion.</summary>
    Scale,

    /// <summary>"en" / "and", as in "eenentwintig" and "a hundred and fifty".</summary>
    And,
    Half,

    /// <summary>"anderhalf": one and a half.</summary>
    OneAndAHalf,

    /// <summary>English "a"/"an", a number only before hundred, thousand or half.</summary>
    Article,
}
