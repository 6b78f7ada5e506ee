using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// The widget on another site, as a municipality embeds it: cross-origin, under a policy that admits scripts and
/// styles only by nonce. The widget must hand its script tag's nonce to everything it adds.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class NonceTests(BrowserFixture browser)
{
    // Web Chat 4.18.1 renders react-scroll-to-bottom's Composer without the nonce prop, so that library's one
    // emotion <style> (its key starts with this prefix) is refused under a nonce-only style-src. Its rules are
    // unused by Web Chat's transcript, which scrolls with its own (nonce-carrying) styles. Any other style without
    // the nonce is a failure.
    private const string KnownWebChatStyleWithoutNonce = "react-scroll-to-bottom--css-";

    private const string Question = "Waar vind ik hulp?";

    [Fact]
    public async Task On_another_site_with_a_nonce_based_policy_the_widget_passes_the_nonce_on_and_chats()
    {
        var page = await browser.NewPageAsync();
        await PolicyViolations.RecordAsync(page);
        var demo = new DemoPage(page);

        await page.GotoAsync(browser.Site.PageAddress.ToString());
        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        await demo.SendAndAwaitReplyAsync(Question);
        var botMessages = await demo.BotMessages.CountAsync();
        await AssertOnlyKnownViolationsAsync(page);

        var reloaded = await page.ReloadAsync();
        await Expect(demo.UserMessages.Filter(new() { HasText = Question })).ToHaveCountAsync(1);
        await Expect(demo.BotMessages).ToHaveCountAsync(botMessages);
        await AssertOnlyKnownViolationsAsync(page);

        var nonce = await reloaded!.HeaderValueAsync(MunicipalSite.NonceHeader);
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Equal(nonce, await page.EvaluateAsync<string>("() => document.querySelector(\"script[src$='/widget/webchat.js']\").nonce"));
        Assert.Equal(nonce, await page.EvaluateAsync<string>("() => document.querySelector(\"link[href$='/widget/koo-widget.css']\").nonce"));
        await Expect(page.Locator("style[data-emotion^='webchat--css-']")).Not.ToHaveCountAsync(0);
    }

    private static async Task AssertOnlyKnownViolationsAsync(IPage page)
    {
        var violations = await PolicyViolations.ReadAsync(page);
        var stylesWithoutNonce = await PolicyViolations.StylesWithoutNonceAsync(page);
        var knownStyles = stylesWithoutNonce.Count(key => key.StartsWith(KnownWebChatStyleWithoutNonce, StringComparison.Ordinal));
        var blockedStyles = violations.Count(violation => violation.StartsWith("style-src-elem blocked inline", StringComparison.Ordinal));

        Assert.True(
            knownStyles == stylesWithoutNonce.Length && blockedStyles == violations.Length && blockedStyles <= knownStyles,
            PolicyViolations.Describe(violations) +
            Environment.NewLine + "Styles added without the nonce: " + string.Join(", ", stylesWithoutNonce));
    }
}
