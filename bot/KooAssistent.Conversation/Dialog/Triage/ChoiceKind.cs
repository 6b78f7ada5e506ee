namespace KooAssistent.Conversation.Dialog.Triage;

public enum ChoiceKind
{
    Article,
    Theme,
    TalkToPerson,
    NotHelpful,
    Helped,
    SomethingElse,
    DangerYes,
    DangerNo,
}
