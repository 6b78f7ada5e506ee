using System.Net;
using System.Text.RegularExpressions;
using KooAssistent.Bot.Handoff;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>A short ticket number a worker can read out on the phone, accepted wherever the long id is.</summary>
public sealed partial class TicketNumberTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public void A_number_has_seven_characters_without_look_alikes_and_is_read_however_it_is_written()
    {
        var numbers = Enumerable.Range(0, 2_000).Select(_ => TicketNumber.New()).ToList();

        Assert.All(numbers, number => Assert.Matches(Shape(), TicketNumber.Format(number)));
        Assert.DoesNotContain(numbers, number => number.IndexOfAny(['0', 'O', '1', 'I', 'L', 'U']) >= 0);
        Assert.True(numbers.Distinct().Count() > 1_990);
        Assert.True(TicketNumber.TryParse(" k4m-9qxt ", out var parsed));
        Assert.Equal("K4M9QXT", parsed);
        Assert.True(TicketNumber.TryParse("K4M 9QXT", out _));
        Assert.False(TicketNumber.TryParse("K4M-9QX0", out _));
        Assert.False(TicketNumber.TryParse("K4M-9QX", out _));
        Assert.False(TicketNumber.TryParse(Guid.NewGuid().ToString("N"), out _));
    }

    [Fact]
    public async Task The_queue_shows_the_short_number_and_the_ticket_opens_and_is_claimed_by_it_as_read_out()
    {
        await HandOffAsync();
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        var row = Assert.Single(await anna.TicketsAsync())!;
        var number = (string)row["number"]!;
        var id = (string)row["id"]!;
        var byNumber = await anna.TicketAsync(number);
        var spoken = await anna.TicketAsync(number.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        var byId = await anna.TicketAsync(id);
        using var claimed = await anna.PostAsync($"/staff/api/tickets/{number.ToLowerInvariant()}/claim");

        Assert.Matches(Shape(), number);
        Assert.Equal((id, id, number), ((string)byNumber["id"]!, (string)spoken["id"]!, (string)byId["number"]!));
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal("Assigned", (string)(await anna.TicketAsync(id))["status"]!);
        using var unknown = await anna.Http.GetAsync(new Uri("/staff/api/tickets/ZZZ-ZZZZ", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    public void Dispose() => bot.Dispose();

    [GeneratedRegex("^[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex Shape();

    private async Task HandOffAsync()
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }
    }
}
