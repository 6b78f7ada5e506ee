namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>Where the resident is in the short handoff dialog: consent, then postcode or wijk, then passed on.</summary>
public enum HandoffStage
{
    None,
    AwaitingConsent,
    AwaitingPostcode,
    Requested,
}
