namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class ConsolePrivacyTests(BrowserFixture browser)
{
    private const string Question = "Ik heb schulden en weet niet waar ik moet beginnen.";

    [Fact]
    public async Task The_widget_never_writes_tokens_or_message_text_to_the_console()
    {
        var page = await browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        var demo = new DemoPage(page);
        await demo.GotoAsync();
        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        await demo.SendAndAwaitReplyAsync(Question);

        var token = await page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('kooassistent.widget.v1')).conversation.token");
        Assert.False(string.IsNullOrEmpty(token));
        Assert.DoesNotContain(console, line => line.Contains(token, StringComparison.Ordinal) || line.Contains("eyJ", StringComparison.Ordinal));
        Assert.DoesNotContain(console, line => line.Contains(Question, StringComparison.Ordinal) || line.Contains(DemoPage.WelcomeMarker, StringComparison.Ordinal));
    }
}
