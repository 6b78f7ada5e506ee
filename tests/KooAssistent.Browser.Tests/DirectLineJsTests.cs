using System.Collections.Concurrent;
using System.Text.Json;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// Microsoft's own Direct Line client — the DirectLineJS inside the Web Chat bundle — against our server, in both
/// transport modes, without Web Chat's UI in between.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DirectLineJsTests(BrowserFixture browser)
{
    private const string Question = "Kan ik iemand spreken over mijn post?";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // Promise-based, with its own deadlines, so a missing echo or reply fails with a name instead of hanging.
    private const string Converse = """
        async ({ webSocket, text }) => {
          const deadline = (promise, what) => Promise.race([promise, new Promise((_, reject) =>
            setTimeout(() => reject(new Error('DirectLineJS: no ' + what + ' within 15 s')), 15000))]);
          const response = await fetch('/api/webchat/token', { method: 'POST' });
          const { token } = await response.json();
          const user = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).user;

          const directLine = window.WebChat.createDirectLine({
            domain: location.origin + '/v3/directline', token, webSocket, pollingInterval: 500 });
          const statuses = [];
          const activities = [];
          const waiters = new Set();
          directLine.connectionStatus$.subscribe(status => statuses.push(status));
          const subscription = directLine.activity$.subscribe(activity => {
            activities.push(activity);
            waiters.forEach(wake => wake());
          });
          const until = (matches, what) => deadline(new Promise(resolve => {
            const wake = () => {
              const found = activities.find(matches);
              if (found) { waiters.delete(wake); resolve(found); }
            };
            waiters.add(wake);
            wake();
          }), what);
          const fromBot = activity => activity.type === 'message' && (activity.from || {}).role !== 'user';

          const welcome = await until(fromBot, 'welcome');
          const clientActivityID = 'browser-test-' + Math.random().toString(36).slice(2);
          const postedId = await deadline(new Promise((resolve, reject) => directLine.postActivity({
            type: 'message', from: { id: user, role: 'user' }, locale: 'nl-NL', text, channelData: { clientActivityID },
          }).subscribe(resolve, reject)), 'post result');
          const echo = await until(a => (a.channelData || {}).clientActivityID === clientActivityID, 'echo');
          const reply = await until(a => fromBot(a) && activities.indexOf(a) > activities.indexOf(echo), 'reply');
          subscription.unsubscribe();
          directLine.end();
          return JSON.stringify({
            user, welcome: welcome.text, postedId, echoId: echo.id, echoText: echo.text, echoFrom: (echo.from || {}).id,
            reply: reply.text, statuses });
        }
        """;

    [Fact]
    public async Task DirectLineJS_in_polling_mode_gets_the_welcome_the_echo_and_the_reply()
    {
        var (run, transport) = await ConverseAsync(webSocket: false);

        AssertConversation(run);
        Assert.Empty(transport.WebSockets);
        Assert.True(transport.ActivityPolls >= 2, $"Expected DirectLineJS to poll GET /activities, saw {transport.ActivityPolls} polls.");
    }

    [Fact]
    public async Task DirectLineJS_in_WebSocket_mode_gets_the_welcome_the_echo_and_the_reply()
    {
        var (run, transport) = await ConverseAsync(webSocket: true);

        AssertConversation(run);
        Assert.Contains(transport.WebSockets, url => url.StartsWith("ws://", StringComparison.Ordinal) && url.Contains("/stream?", StringComparison.Ordinal));
        Assert.Equal(0, transport.ActivityPolls);
    }

    private static void AssertConversation(DirectLineJsRun run)
    {
        Assert.Contains(DemoPage.WelcomeMarker, run.Welcome, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(run.PostedId));
        Assert.Equal(run.PostedId, run.EchoId);
        Assert.Equal(Question, run.EchoText);
        Assert.Equal(run.User, run.EchoFrom);
        Assert.Contains(DemoPage.KooPhone, run.Reply, StringComparison.Ordinal);
        Assert.Contains(2, run.Statuses); // Online
    }

    private async Task<(DirectLineJsRun Run, Transport Transport)> ConverseAsync(bool webSocket)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        // From the bot's own origin, so the page's script-src 'self' allows it.
        await page.AddScriptTagAsync(new() { Url = new Uri(browser.BaseAddress, "/widget/webchat.js").ToString() });
        var transport = new Transport();
        page.WebSocket += (_, socket) => transport.WebSockets.Enqueue(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && new Uri(request.Url).AbsolutePath.EndsWith("/activities", StringComparison.Ordinal))
            {
                transport.CountPoll();
            }
        };

        var json = await page.EvaluateAsync<string>(Converse, new { webSocket, text = Question });

        return (JsonSerializer.Deserialize<DirectLineJsRun>(json, JsonOptions)!, transport);
    }

    private sealed class Transport
    {
        private int activityPolls;

        public ConcurrentQueue<string> WebSockets { get; } = new();

        public int ActivityPolls => Volatile.Read(ref activityPolls);

        public void CountPoll() => Interlocked.Increment(ref activityPolls);
    }
}
