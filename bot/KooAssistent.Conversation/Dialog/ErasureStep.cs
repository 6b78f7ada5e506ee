namespace KooAssistent.Conversation.Dialog;

/// <summary>A resident's request to erase their conversation (AVG art. 17), as far as one turn took it.</summary>
public enum ErasureStep
{
    /// <summary>Nothing to do with erasure.</summary>
    None,

    /// <summary>The bot asked whether to erase; it answers even while the resident waits for a worker.</summary>
    Asked,

    /// <summary>The resident said no; the conversation stays.</summary>
    Declined,

    /// <summary>The resident said yes: the host erases everything stored about the conversation, then stores the replies.</summary>
    Confirmed,
}
