namespace KooAssistent.Conversation.Knowledge.Analysis;

public enum TermOrigin
{
    /// <summary>A word as written, stemmed.</summary>
    Word,

    /// <summary>A part of a compound word.</summary>
    CompoundPart,

    /// <summary>The group of a synonym phrase found in the text.</summary>
    Synonym,

    /// <summary>A word the resident probably meant (typo correction).</summary>
    Corrected,

    /// <summary>A verb written in two parts, joined ("vraag … aan" → aanvragen).</summary>
    SeparableVerb,

    /// <summary>Two neighbouring words together ("kind_slaapt"): a shared phrase says more than shared words.</summary>
    Pair,
}
