namespace KooAssistent.Cli.Eval;

/// <summary>
/// One line of an evaluation file: a fresh conversation's resident turns and, optionally, the expected decision on the
/// last turn and the kind of message it is (a crisis kind, "multi-problem", "trap", …) for figures per kind.
/// </summary>
internal sealed record EvalCase(string Id, IReadOnlyList<string> Turns, string? ExpectedRoute, string? ExpectedTheme, string? Kind = null);
