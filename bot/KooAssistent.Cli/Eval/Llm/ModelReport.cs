using System.Globalization;
using System.Text;
using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.LanguageModel;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>The eval's block on the model: calls, outcomes and latency per feature, and what the model changed.</summary>
internal static class ModelReport
{
    public static string Format(LlmOptions options, ModelAssistance assistance, IReadOnlyList<MeasuredCall> calls, ModelEffects effects)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assistance);
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(effects);
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(invariant, $"language model: {options.Model} at {new Uri(options.Endpoint).Authority}, time limit {options.TimeoutSeconds} s a turn");
        text.AppendLine(invariant, $"  {"feature",-16}{"calls",7}{"answered",10}{"unreadable",12}{"timeouts",10}{"failed",8}{"p50 ms",9}{"p95 ms",9}{"max ms",9}");
        var switchedOn = new (ModelFeature Feature, string Name, bool On)[]
        {
            (ModelFeature.SecondOpinion, "second opinion", assistance.SecondOpinion is not null),
            (ModelFeature.Phrasing, "phrasing", assistance.Phrasing is not null),
            (ModelFeature.WorkerDraft, "worker draft", assistance.WorkerDraft is not null),
        };
        foreach (var (feature, name, on) in switchedOn)
        {
            if (!on)
            {
                text.AppendLine(invariant, $"  {name,-16}    off");
                continue;
            }

            var mine = calls.Where(call => call.Feature == feature).ToList();
            var milliseconds = mine.Select(call => call.Elapsed.TotalMilliseconds).Order().ToList();
            text.AppendLine(invariant, $"  {name,-16}{mine.Count,7}{Count(mine, CallOutcome.Answered),10}{Count(mine, CallOutcome.Unreadable),12}{Count(mine, CallOutcome.Timeout),10}{Count(mine, CallOutcome.Failed),8}{Percentile(milliseconds, 0.50),9}{Percentile(milliseconds, 0.95),9}{Percentile(milliseconds, 1),9}");
        }

        text.AppendLine("  (latency over every call; a timeout counts as the time the turn waited for it)");
        text.AppendLine(invariant, $"  second opinion raised    a crisis on {effects.RaisedCrisis} turn(s), \"Ben je nu in gevaar?\" on {effects.RaisedQuestion} turn(s) the rules had let through");
        var why = string.Join(", ", effects.Refusals.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));
        text.AppendLine(invariant, $"  phrasing                 used {effects.PhrasingUsed}; the article's own text instead: refused by the guard {effects.PhrasingRefused}{(why.Length == 0 ? string.Empty : $" ({why})")}, no phrasing (timeout, failure) {effects.PhrasingUnavailable}");
        return text.ToString();
    }

    private static int Count(List<MeasuredCall> calls, CallOutcome outcome) =>
        calls.Count(call => call.Outcome == outcome);

    /// <summary>Nearest rank: the smallest value at or above the share asked for.</summary>
    private static string Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? "-" : sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)].ToString("0", CultureInfo.InvariantCulture);
}
