using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Channels.WhatsApp;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace KooAssistent.Bot.Tests.Fuzzing;

/// <summary>
/// A few thousand random requests to every endpoint, as a resident, a signed-in worker, Meta and a stranger would
/// never send them: every one is answered, and never with a 5xx. Seeded, so a failure repeats exactly.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 18;
    private const int Requests = 3_000;

    [Fact]
    public async Task Three_thousand_fuzzed_requests_to_every_endpoint_get_no_5xx()
    {
        await using var graph = await FakeGraphApi.StartAsync();
        var settings = WhatsAppFixture.Settings(graph.Address, "00:00:00.250");
        settings["DirectLine:RequestsPerMinute"] = "100000";
        settings["WebChat:TokenRequestsPerMinute"] = "100000";
        using var bot = new BotFactory(settings);
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "coord", StaffRole.Coordinator, null);
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        var other = await resident.StartConversationAsync();
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");
        var coordinator = await StaffConsole.SignInAsync(bot, "coord");
        var ticketId = await OpenTicketAsync(bot, resident, coordinator);
        var targets = new FuzzTargets(session.ConversationId, session.Token, other.Token, session.StreamUrl[(session.StreamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)..], ticketId, coordinator.CsrfToken);
        var clients = new[] { bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }), beheerder.Http, coordinator.Http };
        var fuzz = new FuzzRequests(new Random(Seed), targets);

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        for (var index = 0; index < Requests; index++)
        {
            var (request, client, label) = fuzz.Next();
            using (request)
            {
                var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                using var response = await clients[client].SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    failures.Add($"#{index} {status} {label} {body[..Math.Min(body.Length, 300)]}");
                }
            }
        }

        output.WriteLine(string.Join(", ", statuses.Select(pair => $"{pair.Key} × {pair.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} × 5xx:\n" + string.Join("\n", failures.Take(25)));
    }

    /// <summary>A real handoff, so the ticket routes have a ticket to be fuzzed with.</summary>
    private static async Task<string> OpenTicketAsync(BotFactory bot, DirectLineTestClient resident, StaffConsole coordinator)
    {
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "Ik wil graag iemand spreken", "Ja, graag", "5211 AB", "Hier in de chat", "Anna", "Nee, kan later" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        var tickets = await coordinator.Http.GetFromJsonAsync<JsonArray>("/staff/api/tickets");
        return tickets is [JsonObject ticket, ..] ? (string)ticket["id"]! : "no-ticket";
    }
}
