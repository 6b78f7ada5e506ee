using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// A resident who chose "Bel mij terug" hears that a worker of the team will call the number they gave (named by its
/// last digits, not repeated in full) and when, not that a worker comes into the chat.
/// </summary>
public sealed class CallBackTests
{
    [Fact]
    public async Task Within_office_hours_the_resident_hears_a_worker_will_call_the_number_they_gave_soon()
    {
        // Monday 23 November 2026, 11:00 in Amsterdam.
        var texts = await HandOffAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "Bel mij terug", "06 12345678");

        Assert.Contains(texts, text => text.Contains("Een medewerker van het Buurtteam belt je op het nummer dat je gaf (het eindigt op 78).", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("12345678", StringComparison.Ordinal) && !text.Equals("06 12345678", StringComparison.Ordinal));
        Assert.Contains("Het Buurtteam is nu bereikbaar. Een medewerker belt je zo snel mogelijk.", texts);
        Assert.DoesNotContain(texts, text => text.Contains("komt in deze chat", StringComparison.Ordinal) || text.Contains("in deze chat zodra", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outside_office_hours_the_resident_hears_when_the_team_calls()
    {
        // Sunday 22 November 2026, 13:00 in Amsterdam.
        var texts = await HandOffAsync(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero), "Bel mij terug", "0612345678");

        Assert.Contains(texts, text => text.Contains("belt je op het nummer dat je gaf (het eindigt op 78).", StringComparison.Ordinal));
        Assert.Contains("Het Buurtteam is nu gesloten. Een medewerker belt je maandag vanaf 09:00. Je vraag blijft bewaard.", texts);
        Assert.DoesNotContain(texts, text => text.Contains("hier in deze chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resident_who_asked_for_a_call_but_gave_no_number_is_told_the_worker_comes_into_the_chat()
    {
        var texts = await HandOffAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "Bel mij terug", "Sla over");

        Assert.Contains(texts, text => text.Contains("Een medewerker komt in deze chat zodra het kan.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("belt je", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> HandOffAsync(DateTimeOffset now, string contact, string phone)
    {
        using var bot = new BotFactory(clock: new ManualClock(now));
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken over mijn schulden", "Ja, graag", "Sla over", contact, phone, "Sla over", "Nee, kan later" })
        {
            await client.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        var (activities, _) = await client.GetActivitiesAsync(session);
        return [.. activities.Select(activity => (string?)activity["text"] ?? string.Empty)];
    }
}
