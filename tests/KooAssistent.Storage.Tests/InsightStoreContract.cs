using KooAssistent.Storage.Insights;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's insight store must do: keep a turn's figures, read a period, forget old rows.</summary>
public abstract class InsightStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task A_period_reads_the_turns_feedback_and_gaps_recorded_in_it_and_nothing_outside()
    {
        var store = Provider.CreateInsightStore();
        var day = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        await store.RecordAsync(Record("c1", day), CancellationToken.None);
        await store.RecordAsync(Record("c2", day.AddDays(3)), CancellationToken.None);

        var data = await store.ReadAsync(day.AddHours(-1), day.AddDays(1), CancellationToken.None);

        var turn = Assert.Single(data.Turns);
        Assert.Equal(("c1", "directline", "Clarify", "geld"), (turn.ConversationId, turn.Channel, turn.Route, turn.Theme));
        Assert.Equal(day, turn.At);
        Assert.False(Assert.Single(data.Feedback).Helped);
        var gap = Assert.Single(data.Gaps);
        Assert.Equal(("asked-back", "schuld hulp", "[BSN] schuld hulp"), (gap.Kind, gap.Terms, gap.Text));
    }

    [Fact]
    public async Task Rows_older_than_the_cutoff_are_deleted_and_newer_ones_kept()
    {
        var store = Provider.CreateInsightStore();
        var day = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        await store.RecordAsync(Record("old", day), CancellationToken.None);
        await store.RecordAsync(Record("new", day.AddDays(91)), CancellationToken.None);

        var deleted = await store.DeleteBeforeAsync(day.AddDays(1), CancellationToken.None);

        Assert.Equal(3, deleted);
        var left = await store.ReadAsync(day.AddYears(-1), day.AddYears(1), CancellationToken.None);
        Assert.Equal("new", Assert.Single(left.Turns).ConversationId);
        Assert.Single(left.Gaps);
    }

    private static InsightRecord Record(string conversationId, DateTimeOffset at) => new(
        new InsightTurn(conversationId, "directline", at, "Clarify", "geld", null),
        new InsightFeedback(conversationId, "geld-schulden", Helped: false, at),
        new InsightGap(conversationId, at, GapKinds.AskedBack, "Clarify", "nl", "[BSN] schuld hulp", "schuld hulp", "geld", null));
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteInsightStoreTests : InsightStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresInsightStoreTests : InsightStoreContract<PostgresProvider>;
