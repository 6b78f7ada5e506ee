namespace KooAssistent.Browser.Tests;

/// <summary>All browser tests share one bot and one Chromium; starting them once keeps the run short.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
