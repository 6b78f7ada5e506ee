using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Tests.Channels.DirectLine;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Bot.Turns;
using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KooAssistent.Bot.Tests.Persistence;

/// <summary>
/// Two bot instances on one PostgreSQL database, as behind a load balancer: what is committed on one reaches the
/// live streams and consoles of the other. Each instance's Direct Line keep-alive is five minutes, so a stream
/// re-reads the store only when a change wakes it, and the frames are awaited for ten seconds.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresInstancesTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly PostgresTestSchema schema = new();
    private readonly BotFactory a;
    private readonly BotFactory b;

    public PostgresInstancesTests()
    {
        a = Instance();
        b = Instance();
    }

    [Fact]
    public async Task A_resident_stream_on_one_instance_receives_what_a_worker_sent_on_the_other()
    {
        await ListeningAsync();
        var (resident, session) = await HandedOffOnAAsync();
        using var stream = await StreamFrames.ConnectAsync(a, session.StreamUrl);

        await ReplyOnBAsync(session.ConversationId, "Hoi, ik ben Coco van het Buurtteam.");

        var received = await ReceiveAsync(stream, "Hoi, ik ben Coco van het Buurtteam.");
        Assert.Equal("message", (string?)received["type"]);
        Assert.Contains((await resident.GetActivitiesAsync(session)).Activities, activity => (string?)activity["text"] == "Hoi, ik ben Coco van het Buurtteam.");
    }

    [Fact]
    public async Task A_console_on_one_instance_hears_of_a_ticket_opened_and_a_resident_writing_on_the_other()
    {
        await ListeningAsync();
        await StaffConsole.AddAccountAsync(b, "coco", StaffRole.Coordinator, null);
        using var timeout = new CancellationTokenSource(Patience);
        using var events = await StaffEventStream.OpenAsync(b, "coco", timeout.Token);

        var (resident, session) = await HandedOffOnAAsync();
        var heardOfTicket = await events.ReadUntilAsync("tickets", timeout.Token);
        await resident.SendTextAsync(session, "ik wacht nog even");
        await a.WaitForTurnsAsync(session.ConversationId);
        var heardOfMessage = await events.ReadUntilAsync("conversation:" + session.ConversationId, timeout.Token);

        Assert.Contains("tickets", heardOfTicket);
        Assert.Contains("conversation:" + session.ConversationId, heardOfMessage);
    }

    [Fact]
    public async Task A_listener_whose_connection_is_cut_listens_again_wakes_its_streams_and_consoles_and_still_delivers()
    {
        await ListeningAsync();
        var (_, session) = await HandedOffOnAAsync();
        using var stream = await StreamFrames.ConnectAsync(a, session.StreamUrl);
        using var woken = a.Services.GetRequiredService<IConversationNotifier>().Subscribe(session.ConversationId);
        await StaffConsole.AddAccountAsync(a, "coco", StaffRole.Coordinator, null);
        using var timeout = new CancellationTokenSource(Patience);
        using var console = await StaffEventStream.OpenAsync(a, "coco", timeout.Token);
        var listener = a.Services.GetRequiredService<PostgresChangeListener>();
        var cut = listener.BackendProcessId;

        await using (var admin = new NpgsqlConnection(schema.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend($1)", admin) { Parameters = { new() { Value = cut } } };
            Assert.True((bool)(await terminate.ExecuteScalarAsync())!);
        }

        await Polling.WaitUntilAsync(() => listener.BackendProcessId is not 0 && listener.BackendProcessId != cut, Patience);
        Assert.NotEqual(0, listener.BackendProcessId);
        Assert.NotEqual(cut, listener.BackendProcessId);
        Assert.NotNull(await woken.WaitAsync(Patience, TimeProvider.System, CancellationToken.None));
        Assert.Contains("tickets", await console.ReadUntilAsync("tickets", timeout.Token));

        await ReplyOnBAsync(session.ConversationId, "Ben je er nog?");
        Assert.Equal("Ben je er nog?", (string?)(await ReceiveAsync(stream, "Ben je er nog?"))["text"]);
    }

    public async ValueTask DisposeAsync()
    {
        // The bots' data sources hold connections into the schema; they go first.
        await a.DisposeAsync();
        await b.DisposeAsync();
        await schema.DisposeAsync();
    }

    private BotFactory Instance() => new(new Dictionary<string, string?>
    {
        ["Persistence:Provider"] = "Postgres",
        ["Persistence:ConnectionString"] = schema.ConnectionString,
        ["DirectLine:KeepAliveInterval"] = "00:05:00",
    });

    /// <summary>Both instances listen before anything happens: a change sent before that is not heard, by design.</summary>
    private async Task ListeningAsync()
    {
        var listeners = new[] { a, b }.Select(bot => bot.Services.GetRequiredService<PostgresChangeListener>()).ToList();
        await Polling.WaitUntilAsync(() => listeners.All(listener => listener.BackendProcessId != 0), Patience);
        Assert.All(listeners, listener => Assert.NotEqual(0, listener.BackendProcessId));
    }

    private async Task<(DirectLineTestClient Resident, DirectLineSession Session)> HandedOffOnAAsync()
    {
        var resident = a.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "ik heb 3000 euro schulden bij de Belastingdienst. kan ik iemand spreken?", "Ja, graag", "5211 AB", "Hier in de chat", "Anna", "Nee, kan later" })
        {
            await resident.SendTextAsync(session, text);
            await a.WaitForTurnsAsync(session.ConversationId);
        }

        return (resident, session);
    }

    private async Task ReplyOnBAsync(string conversationId, string text)
    {
        await StaffConsole.AddAccountAsync(b, "bram", StaffRole.Coordinator, null);
        var worker = await StaffConsole.SignInAsync(b, "bram");
        var ticket = Assert.Single(await worker.TicketsAsync("Queued"))!;
        Assert.Equal(conversationId, (string)(await worker.TicketAsync((string)ticket["id"]!))["conversationId"]!);
        using (var claimed = await worker.PostAsync($"/staff/api/tickets/{ticket["id"]}/claim"))
        {
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        }

        using var sent = await worker.PostAsync($"/staff/api/tickets/{ticket["id"]}/messages", new { text });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    /// <summary>Reads frames until one carries an activity with <paramref name="text"/>; a frame that does not come in ten seconds fails the test.</summary>
    private static async Task<JsonObject> ReceiveAsync(WebSocket stream, string text)
    {
        while (true)
        {
            var frame = await StreamFrames.ReceiveTextAsync(stream);
            if (frame.Length > 0 && JsonNode.Parse(frame)!["activities"]!.AsArray().FirstOrDefault(activity => (string?)activity!["text"] == text) is { } activity)
            {
                return activity.AsObject();
            }
        }
    }
}
