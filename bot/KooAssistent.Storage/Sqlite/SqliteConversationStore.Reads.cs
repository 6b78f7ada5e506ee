using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Tickets;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// The reads of every turn, on the store's own read connections with their statements prepared once
/// (<see cref="SqliteReadConnections"/>): the turn with its conversation, activity and ticket, the stream's and the
/// dispatchers' pages, and the conversation a poll or a stream checks. The SQL is the shared stores' own.
/// </summary>
public sealed partial class SqliteConversationStore
{
    private static readonly SqliteStatement ReadConversation = new(Sql.Conversation, "@conversationId");

    private static readonly SqliteStatement ReadActivity = new(Sql.Activity, "@conversationId", "@sequence");

    private static readonly SqliteStatement ReadActivities = new(Sql.Activities, "@conversationId", "@afterSequence", "@limit");

    private static readonly SqliteStatement ReadActivitiesWithin = new(Sql.ActivitiesWithin, "@conversationId", "@afterSequence", "@limit", "@maxCharacters");

    private static readonly SqliteStatement ReadNextTurn = new(Sql.NextTurn, "@conversationId");

    public override Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        connections.Readers.ReadAsync(conversationId, static (connection, conversationId) =>
        {
            using var reader = ReadConversation.On(connection, null, conversationId).ExecuteReader();
            return reader.Read()
                ? ToConversation(reader.GetString(0), reader.GetString(1), reader.GetString(2), TextOrNull(reader, 3), TextOrNull(reader, 4), reader.GetInt64(5), reader.GetInt64(6), NumberOrNull(reader, 7))
                : null;
        }, cancellationToken);

    public override Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        connections.Readers.ReadAsync((conversationId, afterSequence, limit), static (connection, page) =>
            (IReadOnlyList<StoredActivity>)ToActivities(ReadActivities.On(connection, null, page.conversationId, page.afterSequence, (long)page.limit), page.limit), cancellationToken);

    public override Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, int maxCharacters, CancellationToken cancellationToken) =>
        connections.Readers.ReadAsync((conversationId, afterSequence, limit, maxCharacters), static (connection, page) =>
            (IReadOnlyList<StoredActivity>)ToActivities(ReadActivitiesWithin.On(connection, null, page.conversationId, page.afterSequence, (long)page.limit, (long)page.maxCharacters), page.limit), cancellationToken);

    public override Task<StoredActivity?> GetActivityAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        connections.Readers.ReadAsync((conversationId, sequence), static (connection, key) =>
        {
            using var reader = ReadActivity.On(connection, null, key.conversationId, key.sequence).ExecuteReader();
            return reader.Read() ? ToStored(reader.GetInt64(0), reader.GetString(1)) : null;
        }, cancellationToken);

    public override Task<NextTurn?> GetNextTurnAsync(string conversationId, CancellationToken cancellationToken) =>
        connections.Readers.ReadAsync(conversationId, static (connection, conversationId) =>
        {
            using var reader = ReadNextTurn.On(connection, null, conversationId).ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var sequence = NumberOrNull(reader, 2);
            var turn = new PendingTurn(reader.GetInt64(0), conversationId, Enum.Parse<TurnTrigger>(reader.GetString(1)), sequence, reader.GetInt32(3), reader.GetInt32(4));
            var conversation = ToConversation(
                conversationId, reader.GetString(5), reader.GetString(6), TextOrNull(reader, 7), TextOrNull(reader, 8), reader.GetInt64(9), reader.GetInt64(10), NumberOrNull(reader, 11));
            var inbound = sequence is { } number && TextOrNull(reader, 12) is { } body ? ToStored(number, body) : null;
            var ticket = TextOrNull(reader, 13) is { } ticketId
                ? new OpenTicket(ticketId, Enum.Parse<TicketStatus>(reader.GetString(14)), reader.GetString(15))
                : null;
            return new NextTurn(turn, conversation, inbound, ticket);
        }, cancellationToken);

    private static List<StoredActivity> ToActivities(SqliteCommand command, int limit)
    {
        using var reader = command.ExecuteReader();
        var page = new List<StoredActivity>(Math.Min(limit, 16));
        while (reader.Read())
        {
            page.Add(ToStored(reader.GetInt64(0), reader.GetString(1)));
        }

        return page;
    }

    private static string? TextOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long? NumberOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
