using Dapper;
using KooAssistent.Storage.Insights;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Insights;

/// <summary>
/// A known week of figures in a bot's database (2026-11-02 to 2026-11-08): answers with 👍 and 👎, a group of gaps
/// large enough to show and one too small, and handed-off tickets with known claim and first-reply times, each with
/// the fact the figures keep of it.
/// </summary>
internal static class InsightSeed
{
    public const string From = "2026-11-01";
    public const string To = "2026-11-10";

    public static readonly DateTimeOffset Day = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Minutes from a ticket's start to a worker taking it, one per ticket.</summary>
    public static readonly int[] WaitMinutes = [10, 20, 30, 40, 50, 60];

    /// <summary>Minutes from a worker taking a ticket to their first message, one per ticket: the waiting time ends there.</summary>
    public static readonly int[] ReplyMinutes = [1, 25, 3, 2, 40, 7];

    public static async Task SeedAsync(BotFactory bot)
    {
        var store = bot.Services.GetRequiredService<IInsightStore>();
        for (var index = 0; index < 8; index++)
        {
            var id = $"web-{index}";
            await store.RecordAsync(new InsightRecord(new InsightTurn(id, "directline", Day, "Answer", "geld", "geld-kwijtschelding")), CancellationToken.None);
            await store.RecordAsync(new InsightRecord(new InsightTurn(id, "directline", Day.AddMinutes(1), "Answer", string.Empty, null), new InsightFeedback(id, "geld-kwijtschelding", index < 6, Day.AddMinutes(1))), CancellationToken.None);
        }

        for (var index = 0; index < 3; index++)
        {
            var id = $"wa-{index}";
            await store.RecordAsync(new InsightRecord(
                new InsightTurn(id, "whatsapp", Day.AddDays(1), "OutOfScope", string.Empty, null),
                Gap: new InsightGap(id, Day.AddDays(1), GapKinds.OutOfScope, "OutOfScope", "nl", "hoe laat gaat de bus", "bus gat laat", string.Empty, null)), CancellationToken.None);
        }

        for (var index = 0; index < 6; index++)
        {
            var id = $"ask-{index}";
            await store.RecordAsync(new InsightRecord(
                new InsightTurn(id, "directline", Day.AddDays(2), "Clarify", "geld", null),
                Gap: new InsightGap(id, Day.AddDays(2), GapKinds.AskedBack, "Clarify", "nl", $"vraag over parkeervergunning {index} [BSN]", "parkeervergunning vrag", "geld", null)), CancellationToken.None);
        }

        await using var db = Open(bot);
        for (var index = 0; index < WaitMinutes.Length; index++)
        {
            var id = $"ticket-{index}";
            var created = Day.AddDays(2).ToUnixTimeMilliseconds();
            var claimed = Day.AddDays(2).AddMinutes(WaitMinutes[index]).ToUnixTimeMilliseconds();
            var replied = Day.AddDays(2).AddMinutes(WaitMinutes[index] + ReplyMinutes[index]).ToUnixTimeMilliseconds();
            await db.ExecuteAsync("INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES (@id, 'directline', @id, @created, @created)", new { id, created });
            await db.ExecuteAsync(
                "INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, outcome, created_at, updated_at, number, first_reply_at) VALUES (@id, @id, 'Resolved', 'Buurtteam Noord', 'Normal', '{}', 'opgelost', @created, @replied, @number, @replied)",
                new { id, created, replied, number = $"T{index}" });
            await db.ExecuteAsync("INSERT INTO ticket_events (ticket_id, at, actor, from_status, to_status) VALUES (@id, @claimed, 'anna', 'Queued', 'Assigned')", new { id, claimed });
            await InsertFactAsync(db, id, id, "Buurtteam Noord", "Noord", "Resolved", "opgelost", created, replied);
        }
    }

    /// <summary>
    /// Tickets of two teams and the shared queue on 2026-11-05, and one in December outside the period: Buurtteam West
    /// has seven conversations, one handed off twice (back to the bot, then again) — five tickets resolved, two
    /// abandoned, one returned; Buurtteam Noord three conversations still waiting; the shared queue five, all referred on.
    /// By wijk: West five conversations (west-0 to west-4, six handoffs), Noord three, and seven of unknown wijk
    /// (west-5, west-6 and the shared queue's).
    /// </summary>
    public static async Task SeedTeamsAsync(BotFactory bot)
    {
        var tickets = new List<(string Conversation, string Team, string? Wijk, string Status, string? Outcome, DateTimeOffset At)>();
        var day = Day.AddDays(2);
        for (var index = 0; index < 7; index++)
        {
            tickets.Add(($"west-{index}", "Buurtteam West", index < 5 ? "West" : null, index < 5 ? "Resolved" : "Abandoned", index < 5 ? "opgelost" : null, day.AddMinutes(index)));
        }

        tickets.Add(("west-0", "Buurtteam West", "West", "ReturnedToBot", null, day.AddMinutes(-30)));
        tickets.Add(("west-7", "Buurtteam West", "West", "Resolved", "opgelost", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)));
        for (var index = 0; index < 3; index++)
        {
            tickets.Add(($"noord-{index}", "Buurtteam Noord", "Noord", "Queued", null, day.AddMinutes(index)));
        }

        for (var index = 0; index < 5; index++)
        {
            tickets.Add(($"queue-{index}", "onbekend", null, "Resolved", "doorverwezen-anders", day.AddMinutes(index)));
        }

        _ = bot.Services; // starting the bot creates and migrates its database
        await using var db = Open(bot);
        foreach (var (conversation, team, wijk, status, outcome, at) in tickets)
        {
            var created = at.ToUnixTimeMilliseconds();
            var id = $"{conversation}-{created}";
            await db.ExecuteAsync(
                "INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES (@conversation, 'directline', @conversation, @created, @created) ON CONFLICT (id) DO NOTHING",
                new { conversation, created });
            await db.ExecuteAsync(
                "INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, outcome, created_at, updated_at, number) VALUES (@id, @conversation, @status, @team, 'Normal', '{}', @outcome, @created, @created, @id)",
                new { id, conversation, status, team, outcome, created });
            await InsertFactAsync(db, id, conversation, team, wijk, status, outcome, created, replied: null);
        }
    }

    /// <summary>The fact the figures keep of a ticket, as opening and moving it writes it: the day only, team, wijk and how it went.</summary>
    public static Task InsertFactAsync(SqliteConnection db, string ticketId, string conversationId, string team, string? wijk, string status, string? outcome, long created, long? replied) =>
        db.ExecuteAsync(
            """
            INSERT INTO insight_handoffs (ticket_id, conversation_id, at, team, wijk, status, outcome, first_reply_seconds)
            VALUES (@ticketId, @conversationId, @day, @team, @wijk, @status, @outcome, @seconds)
            """,
            new
            {
                ticketId,
                conversationId,
                day = InsightFigures.StartOfDay(DateTimeOffset.FromUnixTimeMilliseconds(created)).ToUnixTimeMilliseconds(),
                team,
                wijk,
                status,
                outcome,
                seconds = (replied - created) / 1000,
            });

    public static SqliteConnection Open(BotFactory bot) => new($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}");
}
