using KooAssistent.Conversation.Replies;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// When danger is possible but not certain ("ik ben bang voor hem", pills beside despair), the bot asks one direct
/// question — "Ben je nu in gevaar?" — with 112 and the help line for the kind in the same message, instead of an
/// article. Yes makes it a crisis; no goes back to the question the resident asked, with the help line shown once.
/// </summary>
internal static class DangerQuestion
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ja", "jawel", "jazeker", "ja help", "help", "ja nu", "ja echt", "ja ik ben in gevaar", "ik ben in gevaar", "ja hij is hier", "ja ze is hier",
        "yes", "yes i am", "yes help", "i am", "im in danger", "i am in danger",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "nee", "nee hoor", "nu niet", "niet nu", "nee nu niet", "nee het gaat", "het gaat", "het gaat wel", "nee ik ben veilig", "ik ben veilig",
        "nee dank je", "nee bedankt", "no", "no not now", "not now", "nope", "im safe", "i am safe", "no im safe", "no im ok", "im ok",
    };

    public static bool IsYes(string text, string button) => Is(text, button, Yes);

    public static bool IsNo(string text, string button) => Is(text, button, No);

    public static TriagePlan Ask(IReadOnlyList<CrisisFinding> possible, TriageState next, ReplyCatalogue replies)
    {
        var kinds = possible.Select(finding => finding.Category).Distinct().Order().ToList();
        var texts = new List<ReplyKey> { ReplyKey.DangerQuestion };
        texts.AddRange(HelpLines(kinds));
        if (next.WriterMayBeChild)
        {
            texts.Add(ReplyKey.CrisisForChildren);
        }

        var asked = next with { DangerAsked = kinds, DangerAskedBefore = [.. next.DangerAskedBefore.Union(kinds)] };
        var reasons = new List<string> { "danger-question" };
        reasons.AddRange(possible.Select(finding => "possible:" + finding.Evidence));
        var choices = new List<OfferedChoice>
        {
            new(replies[ReplyKey.ButtonDangerYes], ChoiceKind.DangerYes),
            new(replies[ReplyKey.ButtonDangerNo], ChoiceKind.DangerNo),
        };
        return TriageDecider.Plan(asked, Route.Crisis, string.Empty, reasons, texts, choices: choices);
    }

    /// <summary>The help lines for the kinds asked about, once: 113 for suicide, Veilig Thuis for violence and children.</summary>
    public static IEnumerable<ReplyKey> HelpLines(IEnumerable<CrisisCategory> kinds) =>
        kinds.Select(kind => kind switch
        {
            CrisisCategory.Suicide => (ReplyKey?)ReplyKey.HelpLineSuicide,
            CrisisCategory.Violence or CrisisCategory.ChildHarmed or CrisisCategory.HarmToOthers or CrisisCategory.SexualViolence => ReplyKey.HelpLineViolence,
            CrisisCategory.MentalHealth => ReplyKey.HelpLineMentalHealth,
            _ => null,
        }).OfType<ReplyKey>().Distinct();

    private static bool Is(string text, string button, HashSet<string> words)
    {
        var answer = TextNormalizer.Normalize(text);
        return answer == TextNormalizer.Normalize(button) || words.Contains(answer);
    }
}
