namespace KooAssistent.Storage.Changes;

/// <summary>What a <see cref="Change"/> is about. The names travel between instances; renaming one is a wire change.</summary>
public enum ChangeKind
{
    /// <summary>Something was committed for a conversation: activities, a completed turn, an erasure.</summary>
    Conversation,

    /// <summary>A team's queue changed (a ticket opened, claimed, returned, resolved, abandoned), or every team's.</summary>
    Tickets,

    /// <summary>A resident is typing in a conversation a worker waits on or holds; nothing is stored.</summary>
    ResidentTyping,

    /// <summary>Anything may have changed: changes may have been missed, so every listener re-reads once.</summary>
    Everything,
}
