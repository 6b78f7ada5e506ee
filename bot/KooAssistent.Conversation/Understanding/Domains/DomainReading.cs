namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>The life domains and pressure signals found in one message.</summary>
public sealed record DomainReading(IReadOnlyList<DomainEvidence> Domains, IReadOnlyList<PressureSignal> Pressure);
