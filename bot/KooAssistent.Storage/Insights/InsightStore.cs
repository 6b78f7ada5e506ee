using System.Data.Common;
using Dapper;

namespace KooAssistent.Storage.Insights;

/// <summary>
/// The insight tables, in SQL that SQLite and PostgreSQL both run; the figures are computed in code. Handoffs are read
/// from their facts, not the tickets, so a period longer than the tickets are kept is complete.
/// </summary>
public abstract class InsightStore(IStoreDatabase database) : IInsightStore
{
    public Task RecordAsync(InsightRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, record, cancellationToken);
            return 0;
        }, cancellationToken);
    }

    /// <summary>Writes <paramref name="record"/> inside the caller's transaction (the turn that produced it).</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, InsightRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var turn = record.Turn;
        await Execute(connection, transaction,
            "INSERT INTO insight_turns (conversation_id, channel, at, route, theme, article_id) VALUES (@ConversationId, @Channel, @At, @Route, @Theme, @ArticleId)",
            new { turn.ConversationId, turn.Channel, At = turn.At.ToUnixTimeMilliseconds(), turn.Route, turn.Theme, turn.ArticleId },
            cancellationToken);
        if (record.Feedback is { } feedback)
        {
            await Execute(connection, transaction,
                "INSERT INTO insight_feedback (conversation_id, article_id, helped, at) VALUES (@ConversationId, @ArticleId, @Helped, @At)",
                new { feedback.ConversationId, feedback.ArticleId, Helped = feedback.Helped ? 1L : 0L, At = feedback.At.ToUnixTimeMilliseconds() },
                cancellationToken);
        }

        if (record.Gap is { } gap)
        {
            await Execute(connection, transaction,
                """
                INSERT INTO insight_gaps (conversation_id, at, kind, route, language, text, terms, themes, article_id)
                VALUES (@ConversationId, @At, @Kind, @Route, @Language, @Text, @Terms, @Themes, @ArticleId)
                """,
                new { gap.ConversationId, At = gap.At.ToUnixTimeMilliseconds(), gap.Kind, gap.Route, gap.Language, gap.Text, gap.Terms, gap.Themes, gap.ArticleId },
                cancellationToken);
        }
    }

    public async Task<InsightData> ReadAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var period = new { From = start.ToUnixTimeMilliseconds(), To = until.ToUnixTimeMilliseconds() };
        await using var connection = await database.OpenAsync(cancellationToken);
        var turns = await connection.QueryAsync<TurnRow>(Command(
            "SELECT conversation_id AS ConversationId, channel, at, route, theme, article_id AS ArticleId FROM insight_turns WHERE at >= @From AND at < @To ORDER BY at, id",
            period, cancellationToken));
        var feedback = await connection.QueryAsync<FeedbackRow>(Command(
            "SELECT conversation_id AS ConversationId, article_id AS ArticleId, helped, at FROM insight_feedback WHERE at >= @From AND at < @To ORDER BY at, id",
            period, cancellationToken));
        var gaps = await connection.QueryAsync<GapRow>(Command(
            """
            SELECT conversation_id AS ConversationId, at, kind, route, language, text, terms, themes, article_id AS ArticleId
            FROM insight_gaps WHERE at >= @From AND at < @To ORDER BY at, id
            """,
            period, cancellationToken));
        var handoffs = await connection.QueryAsync<HandoffRow>(Command(
            """
            SELECT conversation_id AS ConversationId, at, team, wijk, status, outcome, first_reply_seconds AS FirstReplySeconds
            FROM insight_handoffs WHERE at >= @From AND at < @To ORDER BY at, ticket_id
            """,
            period, cancellationToken));
        return new InsightData(
            [.. turns.Select(row => new InsightTurn(row.ConversationId, row.Channel, Time(row.At), row.Route, row.Theme, row.ArticleId))],
            [.. feedback.Select(row => new InsightFeedback(row.ConversationId, row.ArticleId, row.Helped != 0, Time(row.At)))],
            [.. gaps.Select(row => new InsightGap(row.ConversationId, Time(row.At), row.Kind, row.Route, row.Language, row.Text, row.Terms, row.Themes, row.ArticleId))],
            [.. handoffs.Select(row => new InsightHandoff(row.ConversationId, Time(row.At), row.Team, row.Wijk, row.Status, row.Outcome, row.FirstReplySeconds))]);
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var deleted = 0;
            foreach (var table in InsightTables.All)
            {
                deleted += await Execute(connection, transaction, $"DELETE FROM {table} WHERE at < @Cutoff", new { Cutoff = cutoff.ToUnixTimeMilliseconds() }, cancellationToken);
            }

            return deleted;
        }, cancellationToken);

    private static Task<int> Execute(DbConnection connection, DbTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, cancellationToken: cancellationToken);

    private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private sealed record TurnRow(string ConversationId, string Channel, long At, string Route, string Theme, string? ArticleId);

    private sealed record FeedbackRow(string ConversationId, string ArticleId, long Helped, long At);

    private sealed record GapRow(string ConversationId, long At, string Kind, string Route, string Language, string Text, string Terms, string Themes, string? ArticleId);

    // Filled by property, so no constructor has to match the column types the reader reports (see IStoreDatabase).
    // Every column here is a table's own and keeps its declared type on SQLite also when NULL, so a positional record
    // would read these rows too.
    private sealed class HandoffRow
    {
        public string ConversationId { get; set; } = string.Empty;

        public long At { get; set; }

        public string Team { get; set; } = string.Empty;

        public string? Wijk { get; set; }

        public string Status { get; set; } = string.Empty;

        public string? Outcome { get; set; }

        public long? FirstReplySeconds { get; set; }
    }
}
