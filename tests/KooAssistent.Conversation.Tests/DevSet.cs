using System.Text.Json;

namespace KooAssistent.Conversation.Tests;

/// <summary>
/// The labelled sets in tests/eval: the development set (<c>dev.jsonl</c>) and the hold-out set written blind to
/// the knowledge and the code (<c>holdout.jsonl</c>), for checks of the detectors against every line.
/// </summary>
internal static class DevSet
{
    private static readonly Lazy<IReadOnlyList<DevCase>> Cases = new(() => Load("dev.jsonl"));
    private static readonly Lazy<IReadOnlyList<DevCase>> HoldoutCases = new(() => Load("holdout.jsonl"));

    public static IReadOnlyList<DevCase> All => Cases.Value;

    public static IReadOnlyList<DevCase> Holdout => HoldoutCases.Value;

    /// <summary>Both sets, by file name, for tests that run against each.</summary>
    public static IReadOnlyList<DevCase> Named(string file) => file == "holdout.jsonl" ? Holdout : All;

    private static List<DevCase> Load(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KooAssistent.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository root (KooAssistent.sln) was not found."), "tests", "eval", file);
        return [.. File.ReadLines(path).Where(line => line.Trim().Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new DevCase(
                root.GetProperty("id").GetString()!,
                [.. root.GetProperty("turns").EnumerateArray().Select(turn => turn.GetString()!)],
                root.GetProperty("route").GetString()!,
                root.TryGetProperty("theme", out var theme) ? theme.GetString() ?? string.Empty : string.Empty);
        })];
    }
}

internal sealed record DevCase(string Id, IReadOnlyList<string> Turns, string Route, string Theme);
