namespace KooAssistent.Bot.Staff.Inbox;

/// <summary>How a call-back went: the resident answered, did not answer, or the worker left a voicemail.</summary>
public static class CallOutcomes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { "bereikt", "niet-bereikt", "voicemail" };
}
