namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>What the crisis detector found in a message; <see cref="WriterMayBeChild"/> adds the Kindertelefoon.</summary>
public sealed record SafetyReading(IReadOnlyList<SafetySignal> Signals, bool WriterMayBeChild)
{
    public bool IsCrisis => Signals.Count > 0;
}
