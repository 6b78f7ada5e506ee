using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Storage;

public sealed record PendingTurn(
    long Id,
    string ConversationId,
    TurnTrigger Trigger,
    long? ActivitySequence,
    int RejectedAttachments,
    int Attempts);
