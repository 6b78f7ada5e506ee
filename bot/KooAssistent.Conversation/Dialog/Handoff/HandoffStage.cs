namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>Where the resident is in the short handoff dialog: consent, where they live, how to be reached, a name, how urgent, then passed on.</summary>
public enum HandoffStage
{
    None,
    AwaitingConsent,
    AwaitingPostcode,
    AwaitingContact,
    AwaitingPhone,
    AwaitingName,
    AwaitingUrgency,
    Requested,
}
