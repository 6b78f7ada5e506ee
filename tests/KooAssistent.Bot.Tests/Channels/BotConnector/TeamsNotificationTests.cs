using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// A Buurtteam's Teams channel hears of a ticket waiting for the team: a post through the fake Connector API on
/// loopback, once per ticket, retried on 503, after a restart too, and never with what the resident wrote or gave.
/// </summary>
public sealed class TeamsNotificationTests : IAsyncLifetime
{
    private const string NoordChannel = "19:noord-meldingen@thread.tacv2";
    private const string Console = "https://koo.example.nl";

    private FakeBotConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task A_waiting_ticket_is_posted_in_its_teams_channel_with_its_number_and_link_and_nothing_the_resident_wrote_or_gave()
    {
        using var bot = new BotFactory(Settings());
        var residents = bot.CreateDirectLineClient();

        var resident = await HandOffAsync(bot, residents, "5221 AB", "Bel mij terug", "06 12345678", "Marieke", "Ja, vandaag nog");
        var post = Assert.Single(await connector.DeliveredAsync(1));

        var ticket = (await bot.Services.GetRequiredService<IHandoffStore>().GetOpenTicketForConversationAsync(resident.ConversationId, CancellationToken.None))!;
        Assert.Equal(HandoffUrgency.High, ticket.Urgency);
        Assert.Equal(NoordChannel, post.ConversationId);
        Assert.Null(post.ReplyToId);
        Assert.Equal("Bearer " + FakeBotConnector.IssuedAppToken, post.Authorization);
        var text = (string?)post.Body["text"];
        Assert.Equal(
            $"Er wacht een nieuw urgent gesprek voor Buurtteam Noord. Nummer: {TicketNumber.Format(ticket.Number)}.\nOpen het in de console: {Console}/staff/index.html?ticket={ticket.Number}",
            text);
        Assert.Equal(["channelId", "conversation", "locale", "text", "textFormat", "type"], post.Body.Select(property => property.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("Marieke", "5221AB"), (ticket.Summary.FirstName, ticket.Summary.Postcode?.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.NotNull(ticket.Summary.Phone);
        var json = post.Body.ToJsonString();
        var summary = ticket.Summary.ResidentWords.Concat(ticket.Summary.Facts).Append(ticket.Summary.Theme).Where(text => text.Length > 0);
        foreach (var given in new[] { "Marieke", "12345678", "5221", "iemand spreken", "vandaag nog" }.Concat(summary))
        {
            Assert.DoesNotContain(given, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Each_ticket_of_the_team_is_posted_once_and_a_ticket_of_a_team_without_a_channel_never()
    {
        using var bot = new BotFactory(Settings());
        var residents = bot.CreateDirectLineClient();

        var west = await HandOffAsync(bot, residents, "5213 CD");
        var first = await HandOffAsync(bot, residents, "5221 AB");
        await connector.DeliveredAsync(1);
        var second = await HandOffAsync(bot, residents, "5222 EF");
        var posts = await connector.DeliveredAsync(2);

        var numbers = await NumbersAsync(bot, west, first, second);
        Assert.Equal(2, connector.Requests.Count);
        Assert.All(posts, post => Assert.Equal(NoordChannel, post.ConversationId));
        Assert.Single(posts, post => ((string)post.Body["text"]!).Contains(numbers[1], StringComparison.Ordinal));
        Assert.Single(posts, post => ((string)post.Body["text"]!).Contains(numbers[2], StringComparison.Ordinal));
        Assert.DoesNotContain(posts, post => ((string)post.Body["text"]!).Contains(numbers[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_the_channel_answers_503_twice_arrives_once_after_the_retries()
    {
        using var bot = new BotFactory(Settings());
        var residents = bot.CreateDirectLineClient();
        connector.Answer(503, 503);

        var first = await HandOffAsync(bot, residents, "5221 AB");
        await connector.DeliveredAsync(1, timeoutSeconds: 30);
        var second = await HandOffAsync(bot, residents, "5222 EF");
        var posts = await connector.DeliveredAsync(2);

        var numbers = await NumbersAsync(bot, first, second);
        Assert.Equal(2, connector.Requests.Count(request => request.Status == 503));
        Assert.Equal(2, posts.Count);
        Assert.Single(posts, post => ((string)post.Body["text"]!).Contains(numbers[0], StringComparison.Ordinal));
        Assert.Equal(4, connector.Requests.Count);
    }

    [Fact]
    public async Task A_ticket_the_channel_could_not_take_before_a_restart_is_posted_once_after_it()
    {
        using var data = new TemporaryDirectory();
        connector.Answer([.. Enumerable.Repeat(503, 1000)]);
        string conversationId;
        using (var before = new BotFactory(Settings(), dataDirectory: data))
        {
            conversationId = (await HandOffAsync(before, before.CreateDirectLineClient(), "5221 AB")).ConversationId;
            await Polling.WaitUntilAsync(() => !connector.Requests.IsEmpty, TimeSpan.FromSeconds(15));
        }

        connector.AcceptAll();
        using var after = new BotFactory(Settings(), dataDirectory: data);
        var first = await after.Services.GetRequiredService<IHandoffStore>().GetOpenTicketForConversationAsync(conversationId, CancellationToken.None);
        await connector.DeliveredAsync(1);
        var second = await HandOffAsync(after, after.CreateDirectLineClient(), "5222 EF");
        var posts = await connector.DeliveredAsync(2);

        Assert.Single(posts, post => ((string)post.Body["text"]!).Contains(first!.Number, StringComparison.Ordinal));
        Assert.Equal(2, posts.Count);
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = connector.Settings();
        settings["Handoff:Teams:0:Name"] = "Buurtteam Noord";
        settings["Handoff:Teams:0:Postcodes:0"] = "5221";
        settings["Handoff:Teams:0:Postcodes:1"] = "5222";
        settings["Handoff:Teams:1:Name"] = "Buurtteam West";
        settings["Handoff:Teams:1:Postcodes:0"] = "5213";
        settings["BotConnector:TeamsNotifications:noord:ServiceUrl"] = connector.ServiceUrl;
        settings["BotConnector:TeamsNotifications:noord:ConversationId"] = NoordChannel;
        settings["Staff:PublicBaseUrl"] = Console;
        return settings;
    }

    /// <summary>A resident in Web Chat asks for a person and answers the handoff's questions; chat, no name, not urgent unless given.</summary>
    private static async Task<DirectLineSession> HandOffAsync(BotFactory bot, DirectLineTestClient residents, string postcode, params string[] answers)
    {
        var session = await residents.StartConversationAsync();
        var rest = answers.Length > 0 ? answers : ["Hier in de chat", "Sla over", "Nee, kan later"];
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", postcode }.Concat(rest))
        {
            await residents.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        return session;
    }

    private static async Task<string[]> NumbersAsync(BotFactory bot, params DirectLineSession[] sessions)
    {
        var store = bot.Services.GetRequiredService<IHandoffStore>();
        var numbers = new List<string>();
        foreach (var session in sessions)
        {
            numbers.Add((await store.GetOpenTicketForConversationAsync(session.ConversationId, CancellationToken.None))!.Number);
        }

        return [.. numbers];
    }
}
