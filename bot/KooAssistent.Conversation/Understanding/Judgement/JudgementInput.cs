namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>One text for the classifier, and its class when training.</summary>
public sealed class JudgementInput
{
    public string Text { get; set; } = string.Empty;

    public string Class { get; set; } = string.Empty;
}
