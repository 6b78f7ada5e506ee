using Microsoft.Playwright;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// Records Content-Security-Policy violations and every &lt;style&gt; added without a nonce. The recorder is an init
/// script: it runs through the DevTools protocol before the page's own scripts, outside the policy under test.
/// </summary>
internal static class PolicyViolations
{
    private const string Recorder = """
        window.__kooCspViolations = [];
        window.__kooStylesWithoutNonce = [];
        document.addEventListener('securitypolicyviolation', e => window.__kooCspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(node => {
          if (node.nodeName === 'STYLE' && !node.nonce) {
            window.__kooStylesWithoutNonce.push(node.getAttribute('data-emotion') || node.outerHTML.slice(0, 80));
          }
        }))).observe(document, { childList: true, subtree: true });
        """;

    public static Task RecordAsync(IPage page) => page.AddInitScriptAsync(Recorder);

    /// <summary>Since the last page load, as "directive blocked what at where".</summary>
    public static Task<string[]> ReadAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__kooCspViolations");

    /// <summary>Since the last page load: the emotion key (or the start) of each style element that had no nonce.</summary>
    public static Task<string[]> StylesWithoutNonceAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__kooStylesWithoutNonce");

    public static string Describe(IEnumerable<string> violations) =>
        "Content-Security-Policy violations:" + Environment.NewLine + string.Join(Environment.NewLine, violations);
}
