namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>The classifier's probability per class, in the order of the model's class names.</summary>
public sealed class JudgementOutput
{
    public float[] Score { get; set; } = [];
}
