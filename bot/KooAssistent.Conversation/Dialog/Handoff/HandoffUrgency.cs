namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>How soon a worker should look: a crisis first, then pressure (eviction, no income, a child out of school).</summary>
public enum HandoffUrgency
{
    Normal,
    High,
    Crisis,
}
