namespace KooAssistent.Conversation.Dialog.Triage;

public enum ChoiceKind
{
    Article,
    Theme,
    TalkToPerson,
    NotHelpful,
    SomethingElse,
    DangerYes,
    DangerNo,
}
