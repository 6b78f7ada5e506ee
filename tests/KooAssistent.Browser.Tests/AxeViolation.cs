namespace KooAssistent.Browser.Tests;

/// <summary>One failed axe-core rule, with the CSS selectors of the elements that fail it.</summary>
internal sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact ?? "unknown impact"}): {Help} → {string.Join(" | ", Targets)}";
}
