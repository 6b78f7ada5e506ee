using System.Globalization;

namespace KooAssistent.Storage.Insights;

/// <summary>
/// Turns the stored rows of a period into the tables of the Inzicht page, the CSV export and <c>koo insights</c>, so
/// all three always show the same figures. Every count rests on a number of distinct conversations, and a count that
/// rests on fewer than five is hidden; a row that does is shown without any of its counts (<see cref="SmallCells"/>).
/// </summary>
public static class InsightFigures
{
    /// <summary>Days are counted in the municipality's time, not UTC.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public const int TopArticles = 20;

    public const int TopGaps = 20;

    public const string GapTable = "hiaten";

    /// <summary>The instants the period covers: from the first day's midnight to the midnight after the last day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset Until) Period(DateOnly from, DateOnly to) =>
        (Midnight(from), Midnight(to.AddDays(1)));

    /// <summary>The midnight that began <paramref name="at"/>'s day in the municipality's time.</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset at) => Midnight(DayOf(at));

    public static InsightReport Compute(InsightData data, DateOnly from, DateOnly to, Func<string, string>? articleTitle = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var title = articleTitle ?? (id => id);
        var total = Distinct(data.Turns.Select(turn => turn.ConversationId));
        return new InsightReport(from, to, SmallCells.Hides(total) ? null : total,
        [
            PerDay(data),
            Routes(data),
            RoutesPerDay(data),
            Themes(data),
            Teams(data),
            TeamOutcomes(data),
            Wijken(data),
            Articles(data, title),
            Handoffs(data),
            Outcomes(data),
            Gaps(data),
        ]);
    }

    private static InsightTable PerDay(InsightData data) => new(
        "per-dag", "Gesprekken per dag en kanaal", ["Dag", "Kanaal", "Gesprekken"], 2,
        [.. data.Turns.GroupBy(turn => (Day: DayOf(turn.At), turn.Channel)).OrderBy(group => group.Key.Day).ThenBy(group => group.Key.Channel, StringComparer.Ordinal)
            .Select(group => Row(group.Select(turn => turn.ConversationId), [Day(group.Key.Day), Channel(group.Key.Channel)]))]);

    private static InsightTable Routes(InsightData data) => new(
        "routes", "Routes", ["Route", "Beurten", "Gesprekken"], 1,
        [.. data.Turns.GroupBy(turn => turn.Route).OrderByDescending(group => group.Count())
            .Select(group => SmallCells.Row(Distinct(group.Select(turn => turn.ConversationId)), [InsightLabels.Route(group.Key)], group.Count(), Distinct(group.Select(turn => turn.ConversationId))))]);

    private static InsightTable RoutesPerDay(InsightData data) => new(
        "routes-per-dag", "Routes per dag", ["Dag", "Route", "Beurten"], 2,
        [.. data.Turns.GroupBy(turn => (Day: DayOf(turn.At), turn.Route)).OrderBy(group => group.Key.Day).ThenBy(group => group.Key.Route, StringComparer.Ordinal)
            .Select(group => SmallCells.Row(Distinct(group.Select(turn => turn.ConversationId)), [Day(group.Key.Day), InsightLabels.Route(group.Key.Route)], group.Count()))]);

    private static InsightTable Themes(InsightData data) => new(
        "themas", "Per thema", ["Thema", "Gesprekken", "Beurten"], 1,
        [.. data.Turns.Where(turn => turn.Theme.Length > 0).GroupBy(turn => turn.Theme).OrderByDescending(group => Distinct(group.Select(turn => turn.ConversationId)))
            .Select(group => SmallCells.Row(Distinct(group.Select(turn => turn.ConversationId)), [group.Key], Distinct(group.Select(turn => turn.ConversationId)), group.Count()))]);

    /// <summary>
    /// A conversation's Buurtteam is the one its handoff went to, chosen from the wijk or postcode the resident gave
    /// then: the bot asks no one else where they live, so only handed-off conversations count here. Teams stand in
    /// alphabetical order with the shared queue last, so a hidden row's place says nothing of its size and a team keeps
    /// its place from one period to the next.
    /// </summary>
    private static InsightTable Teams(InsightData data) => new(
        "teams", "Per Buurtteam", ["Buurtteam", "Gesprekken", "Overdrachten"], 1,
        [.. data.Handoffs.GroupBy(handoff => handoff.Team).OrderBy(group => TeamOrder(group.Key)).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => PlaceRow(group, InsightLabels.Team(group.Key)))]);

    /// <summary>How each team's tickets ended; a cell is one team and one outcome, so each rests on its own conversations.</summary>
    private static InsightTable TeamOutcomes(InsightData data) => new(
        "uitkomsten-per-team", "Uitkomsten per Buurtteam", ["Buurtteam", "Uitkomst", "Overdrachten"], 2,
        [.. data.Handoffs.GroupBy(handoff => (handoff.Team, End: InsightLabels.TicketEnd(handoff)))
            .OrderBy(group => TeamOrder(group.Key.Team)).ThenBy(group => group.Key.Team, StringComparer.Ordinal).ThenBy(group => group.Key.End, StringComparer.Ordinal)
            .Select(group => SmallCells.Row(Distinct(group.Select(handoff => handoff.ConversationId)), [InsightLabels.Team(group.Key.Team), group.Key.End], group.Count()))]);

    /// <summary>
    /// Like the Buurtteams: a conversation has a wijk only when it was handed off and the resident named their wijk or
    /// gave a postcode of one. Alphabetical, with the handoffs of unknown wijk last, for the same reasons.
    /// </summary>
    private static InsightTable Wijken(InsightData data) => new(
        "wijken", "Per wijk", ["Wijk", "Gesprekken", "Overdrachten"], 1,
        [.. data.Handoffs.GroupBy(handoff => handoff.Wijk ?? string.Empty).OrderBy(group => group.Key.Length == 0 ? 1 : 0).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => PlaceRow(group, InsightLabels.Wijk(group.Key)))]);

    /// <summary>A team's or wijk's row: its conversations and its handoffs (a conversation may be handed off twice).</summary>
    private static InsightRow PlaceRow(IEnumerable<InsightHandoff> handoffs, string label)
    {
        var list = handoffs.ToList();
        var conversations = Distinct(list.Select(handoff => handoff.ConversationId));
        return SmallCells.Row(conversations, [label], conversations, list.Count);
    }

    /// <summary>
    /// Each 👍 and 👎 count rests on the conversations that gave it, so a visible article can still hide one of them;
    /// the share is hidden with either, because next to the other count it would give the hidden one back.
    /// </summary>
    private static InsightTable Articles(InsightData data, Func<string, string> title)
    {
        var feedback = data.Feedback.ToLookup(item => item.ArticleId);
        var rows = data.Turns.Where(turn => turn.Route == "Answer" && turn.ArticleId is not null)
            .GroupBy(turn => turn.ArticleId!)
            .OrderByDescending(group => group.Count())
            .Take(TopArticles)
            .Select(group =>
            {
                var conversations = Distinct(group.Select(turn => turn.ConversationId));
                if (SmallCells.Hides(conversations))
                {
                    return new InsightRow([group.Key, title(group.Key), null, null, null, null, null], Hidden: true);
                }

                var up = feedback[group.Key].Where(item => item.Helped).ToList();
                var down = feedback[group.Key].Where(item => !item.Helped).ToList();
                var (upFrom, downFrom) = (Distinct(up.Select(item => item.ConversationId)), Distinct(down.Select(item => item.ConversationId)));
                var share = SmallCells.Hides(upFrom) || SmallCells.Hides(downFrom) ? null : SmallCells.Number(100.0 * up.Count / (up.Count + down.Count));
                return new InsightRow([group.Key, title(group.Key), SmallCells.Number(group.Count()), SmallCells.Number(conversations),
                    SmallCells.Count(upFrom, up.Count), SmallCells.Count(downFrom, down.Count), share]);
            });
        return new InsightTable("artikelen", "Meest gebruikte artikelen", ["Artikel", "Titel", "Antwoorden", "Gesprekken", "Geholpen (👍)", "Niet geholpen (👎)", "Aandeel 👍 (%)"], 2, [.. rows]);
    }

    private static InsightTable Handoffs(InsightData data)
    {
        var answered = data.Handoffs.Where(handoff => handoff.FirstReplySeconds is not null).ToList();
        var waits = answered.Select(handoff => handoff.FirstReplySeconds!.Value / 60.0).Order().ToList();
        var abandoned = data.Handoffs.Where(handoff => handoff.Status == "Abandoned").ToList();

        // Each measure rests on its own conversations: the waits on those a worker answered, "Verlaten" on those left.
        var waitedIn = Distinct(answered.Select(handoff => handoff.ConversationId));
        return new InsightTable("overdrachten", "Overdrachten aan een Buurtteam", ["Maat", "Waarde"], 1,
        [
            SmallCells.Row(Distinct(data.Handoffs.Select(handoff => handoff.ConversationId)), ["Overdrachten"], data.Handoffs.Count),
            SmallCells.Row(waitedIn, ["Wachttijd tot het eerste bericht van een medewerker, mediaan (minuten)"], Percentile(waits, 50)),
            SmallCells.Row(waitedIn, ["Wachttijd tot het eerste bericht van een medewerker, 90e percentiel (minuten)"], Percentile(waits, 90)),
            SmallCells.Row(Distinct(abandoned.Select(handoff => handoff.ConversationId)), ["Verlaten (niemand pakte het op)"], abandoned.Count),
        ]);
    }

    private static InsightTable Outcomes(InsightData data) => new(
        "uitkomsten", "Uitkomsten van overdrachten", ["Uitkomst", "Overdrachten"], 1,
        [.. data.Handoffs.GroupBy(InsightLabels.TicketEnd).OrderByDescending(group => group.Count())
            .Select(group => SmallCells.Row(Distinct(group.Select(handoff => handoff.ConversationId)), [group.Key], group.Count()))]);

    /// <summary>Groups of similar questions; the example is the newest question of the group, already redacted when stored.</summary>
    private static InsightTable Gaps(InsightData data) => new(
        GapTable, "Vragen zonder goed antwoord", ["Zoektermen", "Voorbeeld", "Soort", "Thema's", "Vragen", "Gesprekken"], 4,
        [.. data.Gaps.Where(gap => gap.Terms.Length > 0).GroupBy(gap => gap.Terms, StringComparer.Ordinal)
            .OrderByDescending(group => Distinct(group.Select(gap => gap.ConversationId))).ThenByDescending(group => group.Count())
            .Take(TopGaps)
            .Select(group =>
            {
                var conversations = Distinct(group.Select(gap => gap.ConversationId));
                if (SmallCells.Hides(conversations))
                {
                    // A small group shows nothing but its place: even redacted, a rare question, or the theme and kind
                    // of one (a 👎 on an article about debts), could point at one resident.
                    return new InsightRow([null, null, null, null, null, null], Hidden: true);
                }

                var kinds = string.Join(", ", group.Select(gap => InsightLabels.GapKind(gap.Kind)).Distinct(StringComparer.Ordinal));
                var themes = string.Join(", ", group.SelectMany(gap => gap.Themes.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal));
                return new InsightRow([group.Key, group.MaxBy(gap => gap.At)!.Text, kinds, themes, SmallCells.Number(group.Count()), SmallCells.Number(conversations)]);
            })]);

    private static InsightRow Row(IEnumerable<string> conversationIds, IReadOnlyList<string> labels)
    {
        var conversations = Distinct(conversationIds);
        return SmallCells.Row(conversations, labels, conversations);
    }

    /// <summary>Nearest-rank percentile of sorted values; 0 when there are none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static int TeamOrder(string team) => team == Tickets.TicketTeams.Unknown ? 1 : 0;

    private static int Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Count();

    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Channel(string channel) => channel switch
    {
        "directline" => "Web Chat",
        "whatsapp" => "WhatsApp",
        _ => channel,
    };

    private static DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
