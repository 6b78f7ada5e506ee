using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// Runs axe-core (pinned in package.json) against a page for WCAG 2.0/2.1 A and AA. The source is evaluated through
/// the DevTools protocol, which the page's Content-Security-Policy does not govern, so the app's policy stays strict.
/// </summary>
internal static class AxeChecker
{
    private static readonly Lazy<string> Source = new(LoadSource);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private const string RunScript = """
        async () => {
          const results = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map(n => n.target.join(' ')),
          })));
        }
        """;

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(RunScript);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonOptions) ?? [];
    }

    public static string Describe(IEnumerable<AxeViolation> violations) =>
        "axe-core found WCAG 2.1 AA violations:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v));

    private static string LoadSource()
    {
        var projectDirectory = typeof(AxeChecker).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BrowserTestsProjectDirectory").Value!;
        var path = Path.Combine(projectDirectory, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core was not found at {path}. Run scripts/setup-browser-tests.sh from the repository root.");
    }
}
