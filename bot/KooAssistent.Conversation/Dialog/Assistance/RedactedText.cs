using KooAssistent.Conversation.Understanding.Privacy;

namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// Resident text that has passed the <see cref="PiiRedactor"/>. The language model's interfaces take only this type,
/// and the only way to make one is through the redactor, so unredacted text cannot reach a model by mistake.
/// </summary>
public sealed class RedactedText
{
    private RedactedText(string value) => Value = value;

    public string Value { get; }

    public static RedactedText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RedactedText(PiiRedactor.Redact(text).Text);
    }

    public override string ToString() => Value;
}
