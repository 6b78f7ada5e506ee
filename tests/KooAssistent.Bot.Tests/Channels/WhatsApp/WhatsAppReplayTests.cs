using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// A captured, correctly signed delivery sent again later: refused when it is older than the window, and never
/// bringing back a message the resident had erased.
/// </summary>
public sealed class WhatsAppReplayTests
{
    private const string Resident = "31612121212";

    [Fact]
    public async Task A_signed_delivery_a_year_old_is_refused_and_nothing_of_it_is_stored()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        using var request = WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.old", "ik heb schulden"), DateTimeOffset.UtcNow.AddDays(-365));

        using var response = await whatsapp.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OutsideTimeWindow", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?["code"]);
        Assert.Null(await Store(whatsapp).GetConversationAsync(WhatsAppFixture.ConversationOf(Resident), CancellationToken.None));
    }

    [Theory]
    [InlineData(1, HttpStatusCode.OK)]
    [InlineData(3, HttpStatusCode.BadRequest)]
    public async Task The_window_is_a_setting_in_days(int daysOld, HttpStatusCode expected)
    {
        await using var graph = await FakeGraphApi.StartAsync();
        var settings = WhatsAppFixture.Settings(graph.Address, "00:00:00.050");
        settings["WhatsApp:MaxMessageAgeDays"] = "2";
        using var bot = new BotFactory(settings);
        using var request = WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.days", "hallo"), DateTimeOffset.UtcNow.AddDays(-daysOld));

        using var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task After_the_resident_erased_the_conversation_a_replayed_delivery_does_not_bring_the_message_back()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        var conversation = WhatsAppFixture.ConversationOf(Resident);
        var sentAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var captured = WhatsAppFixture.TextDelivery(Resident, "wamid.captured", "de deurwaarder komt morgen beslag leggen");
        await SendAsync(whatsapp, WhatsAppFixture.SignedRequest(captured, sentAt));
        await SendAsync(whatsapp, WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.erase", "wis mijn gesprek"), DateTimeOffset.UtcNow));
        await SendAsync(whatsapp, WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery(Resident, "wamid.yes", "Ja, wis alles"), DateTimeOffset.UtcNow));
        Assert.DoesNotContain(await TranscriptAsync(whatsapp), text => text.Contains("deurwaarder", StringComparison.Ordinal));

        using var replay = await whatsapp.Http.SendAsync(WhatsAppFixture.SignedRequest(captured, sentAt));
        await whatsapp.Bot.WaitForTurnsAsync(conversation);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.DoesNotContain(await TranscriptAsync(whatsapp), text => text.Contains("deurwaarder", StringComparison.Ordinal));
        Assert.Null(await Store(whatsapp).GetNextPendingTurnAsync(conversation, CancellationToken.None));
    }

    [Fact]
    public async Task After_an_operator_erased_the_conversation_a_replayed_delivery_does_not_start_it_again()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        var conversation = WhatsAppFixture.ConversationOf(Resident);
        var sentAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var captured = WhatsAppFixture.TextDelivery(Resident, "wamid.operator", "mijn huur is te hoog");
        await SendAsync(whatsapp, WhatsAppFixture.SignedRequest(captured, sentAt));
        await whatsapp.MessagesAsync(1);
        Assert.True(await Store(whatsapp).EraseConversationAsync(conversation, "operator:test", CancellationToken.None));
        var sentBefore = whatsapp.Graph.Messages.Count;

        using var replay = await whatsapp.Http.SendAsync(WhatsAppFixture.SignedRequest(captured, sentAt));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Null(await Store(whatsapp).GetConversationAsync(conversation, CancellationToken.None));
        Assert.Equal(sentBefore, whatsapp.Graph.Messages.Count);
    }

    private static IConversationStore Store(WhatsAppFixture whatsapp) => whatsapp.Bot.Services.GetRequiredService<IConversationStore>();

    private static async Task SendAsync(WhatsAppFixture whatsapp, HttpRequestMessage request)
    {
        using (request)
        using (var response = await whatsapp.Http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await whatsapp.Bot.WaitForTurnsAsync(WhatsAppFixture.ConversationOf(Resident));
    }

    private static async Task<List<string>> TranscriptAsync(WhatsAppFixture whatsapp)
    {
        var activities = await Store(whatsapp).GetActivitiesAsync(WhatsAppFixture.ConversationOf(Resident), 0, 1000, CancellationToken.None);
        return [.. activities.Select(stored => stored.Activity.Text ?? string.Empty)];
    }
}
