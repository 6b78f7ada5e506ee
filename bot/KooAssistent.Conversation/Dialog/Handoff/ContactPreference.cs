namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>How the resident wants the worker to get in touch.</summary>
public enum ContactPreference
{
    Chat,
    CallBack,
    WhatsApp,
}
