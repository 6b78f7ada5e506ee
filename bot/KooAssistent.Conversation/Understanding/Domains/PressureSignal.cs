namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>A sign of pressure (eviction, no income, bailiff, cut-off, a child out of school, overwhelmed...), with its words.</summary>
public sealed record PressureSignal(string Kind, string Evidence);
