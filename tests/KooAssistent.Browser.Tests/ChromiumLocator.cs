namespace KooAssistent.Browser.Tests;

/// <summary>Debian's Chromium, or the executable named by <c>KOO_CHROMIUM</c>; Playwright must never download one.</summary>
internal static class ChromiumLocator
{
    public const string EnvironmentVariable = "KOO_CHROMIUM";
    private const string DebianChromium = "/usr/bin/chromium";

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DebianChromium : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. Run scripts/setup-browser-tests.sh from the repository root " +
                $"(it installs Debian's chromium package), or set {EnvironmentVariable} to a Chromium executable.");
        }

        return path;
    }
}
