using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>A signed-in browser holds a connection and a listener per event stream; an account may hold only so many.</summary>
public sealed class StaffEventStreamLimitTests
{
    [Fact]
    public async Task An_account_with_its_event_streams_open_gets_429_for_the_next_until_one_closes_and_other_accounts_are_unaffected()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Staff:EventStreamsPerAccount"] = "2" });
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var bram = await StaffConsole.SignInAsync(bot, "bram");
        var events = bot.Services.GetRequiredService<StaffEvents>();

        var first = await OpenAsync(anna.Http);
        using var second = await OpenAsync(anna.Http);
        using var third = await OpenAsync(anna.Http);
        using var others = await OpenAsync(bram.Http);
        var refusal = await third.Content.ReadFromJsonAsync<JsonObject>();
        first.Dispose();
        await Polling.WaitUntilAsync(() => events.Listeners == 2, TimeSpan.FromSeconds(10));
        using var again = await OpenAsync(anna.Http);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("TooManyEventStreams", (string?)refusal!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, others.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(3, events.Listeners);
    }

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient console)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await console.GetAsync(new Uri("/staff/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
    }
}
