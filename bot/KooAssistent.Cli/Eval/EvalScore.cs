using System.Globalization;
using System.Text;

namespace KooAssistent.Cli.Eval;

/// <summary>Accuracy per route and per theme, a route confusion table and the failures, for labelled cases.</summary>
internal sealed class EvalScore
{
    private static readonly string[] Routes = ["answer", "clarify", "handoff", "crisis", "outOfScope"];
    private readonly List<(EvalCase Case, EvalOutcome Outcome)> scored = [];

    public int Routed => scored.Count(pair => pair.Case.ExpectedRoute is not null);

    public int RouteCorrect => scored.Count(pair => pair.Case.ExpectedRoute is { } expected && expected == pair.Outcome.Route);

    public int Themed => scored.Count(pair => pair.Case.ExpectedTheme is not null);

    public int ThemeCorrect => scored.Count(pair => pair.Case.ExpectedTheme is { } expected && expected == pair.Outcome.Theme);

    public double RouteAccuracy => Routed == 0 ? 0 : (double)RouteCorrect / Routed;

    public double ThemeAccuracy => Themed == 0 ? 0 : (double)ThemeCorrect / Themed;

    public void Add(EvalCase evalCase, EvalOutcome outcome) => scored.Add((evalCase, outcome));

    public string Format(int maxFailures)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"route accuracy  {RouteAccuracy:P1}  ({RouteCorrect}/{Routed})");
        text.AppendLine(invariant, $"theme accuracy  {ThemeAccuracy:P1}  ({ThemeCorrect}/{Themed})");
        text.AppendLine();
        text.AppendLine("per route (expected)        correct / total");
        foreach (var route in Routes)
        {
            var total = scored.Count(pair => pair.Case.ExpectedRoute == route);
            var correct = scored.Count(pair => pair.Case.ExpectedRoute == route && pair.Outcome.Route == route);
            text.AppendLine(invariant, $"  {route,-12} {Percent(correct, total),8}   {correct,4} / {total}");
        }

        text.AppendLine();
        text.AppendLine("per theme (expected)        correct / total");
        foreach (var theme in scored.Select(pair => pair.Case.ExpectedTheme).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            var total = scored.Count(pair => pair.Case.ExpectedTheme == theme);
            var correct = scored.Count(pair => pair.Case.ExpectedTheme == theme && pair.Outcome.Theme == theme);
            text.AppendLine(invariant, $"  {(theme.Length == 0 ? "(none)" : theme),-12} {Percent(correct, total),8}   {correct,4} / {total}");
        }

        text.AppendLine();
        text.AppendLine("route confusion (rows expected, columns decided)");
        text.AppendLine(invariant, $"  {string.Empty,-12}{string.Concat(Routes.Select(route => $"{Short(route),9}"))}");
        foreach (var expected in Routes)
        {
            text.AppendLine(invariant, $"  {expected,-12}{string.Concat(Routes.Select(actual => $"{scored.Count(pair => pair.Case.ExpectedRoute == expected && pair.Outcome.Route == actual),9}"))}");
        }

        JudgementFigures.Append(text, scored);

        var failures = scored.Where(pair =>
            (pair.Case.ExpectedRoute is { } route && route != pair.Outcome.Route)
            || (pair.Case.ExpectedTheme is { } theme && theme != pair.Outcome.Theme)).ToList();
        text.AppendLine();
        text.AppendLine(invariant, $"failures: {failures.Count}");
        foreach (var (evalCase, outcome) in failures.Take(maxFailures))
        {
            text.AppendLine(invariant, $"  {evalCase.Id}{(string.IsNullOrEmpty(evalCase.Kind) || evalCase.Kind == "-" ? string.Empty : $" [{evalCase.Kind}]")}: expected {evalCase.ExpectedRoute}/{evalCase.ExpectedTheme}, got {outcome.Route}/{outcome.Theme} ({outcome.ArticleId ?? "-"}, {outcome.Confidence:F2}) \"{Shorten(evalCase.Turns[^1])}\"");
        }

        return text.ToString();
    }

    private static string Percent(int correct, int total) => total == 0 ? "-" : ((double)correct / total).ToString("P1", CultureInfo.InvariantCulture);

    private static string Short(string route) => route == "outOfScope" ? "outScope" : route;

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
