namespace KooAssistent.Cli.Eval;

/// <summary>One line of an evaluation file: a fresh conversation's resident turns and, optionally, the expected decision on the last turn.</summary>
internal sealed record EvalCase(string Id, IReadOnlyList<string> Turns, string? ExpectedRoute, string? ExpectedTheme);
