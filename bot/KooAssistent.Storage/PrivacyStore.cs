using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Storage;

/// <summary>
/// Requests for access (AVG art. 15) and erasure (art. 17) by an operator: finds a resident's conversations by
/// conversation id, WhatsApp number or ticket (its id or short number), and exports every stored row about them as
/// JSON. The export reads whole rows (<c>SELECT *</c>) of every table the schema shows holding a
/// <c>conversation_id</c> or a <c>ticket_id</c>, on purpose, so a table or column added later is part of it without
/// anyone remembering to. The same SQL on every provider; each provider's types come out as the same JSON.
/// </summary>
public abstract class PrivacyStore(IStoreDatabase database, TimeProvider clock)
{
    /// <summary>A conversation id that is stored, or that insight rows still name after the conversation was deleted.</summary>
    private static readonly string StoredOrKeptInInsights = string.Join(
        " UNION ", ["SELECT id FROM conversations WHERE id = @value", .. Insights.InsightTables.All.Select(table => $"SELECT conversation_id FROM {table} WHERE conversation_id = @value")]);

    /// <summary>Columns whose text is JSON; exported as JSON rather than as an escaped string.</summary>
    private static readonly HashSet<string> JsonColumns = new(StringComparer.Ordinal) { "body", "brain_state", "summary" };

    /// <summary>
    /// The resident's conversations, stored or deleted after their retention term but still named by insight rows
    /// (kept <c>Insights:RetentionDays</c>): by id, by a ticket's id or number (through its handoff fact once the ticket
    /// is gone), or by WhatsApp number (the deleted ones only through <see cref="PrivacySubject.KeyedConversationId"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> FindConversationsAsync(PrivacySubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await database.OpenAsync(cancellationToken);
        var (sql, value) = subject.Kind switch
        {
            PrivacySubjectKind.Conversation => (StoredOrKeptInInsights, subject.Value),
            // The short number a worker read out ("K4M-9QXT") or the long id, as the staff console and the audit log show them.
            PrivacySubjectKind.Ticket when Tickets.TicketNumber.TryParse(subject.Value, out var number) =>
                ("SELECT conversation_id FROM tickets WHERE number = @value UNION SELECT conversation_id FROM insight_handoffs WHERE ticket_number = @value", number),
            PrivacySubjectKind.Ticket =>
                ("SELECT conversation_id FROM tickets WHERE id = @value UNION SELECT conversation_id FROM insight_handoffs WHERE ticket_id = @value", subject.Value),
            _ => ("SELECT id FROM conversations WHERE channel = @channel AND user_id = @value ORDER BY created_at", PrivacySubject.WaIdOf(subject.Value)),
        };
        var ids = (await connection.QueryAsync<string>(new CommandDefinition(sql, new { value, channel = WhatsAppConversations.Channel }, cancellationToken: cancellationToken))).ToList();
        if (subject is { Kind: PrivacySubjectKind.WhatsAppNumber, KeyedConversationId: { } keyed })
        {
            ids.AddRange(await connection.QueryAsync<string>(new CommandDefinition(StoredOrKeptInInsights, new { value = keyed }, cancellationToken: cancellationToken)));
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    public async Task<JsonObject> ExportAsync(IReadOnlyList<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        var byConversation = (await TablesWithAsync(connection, "conversation_id", cancellationToken)).ToList();
        var byTicket = (await TablesWithAsync(connection, "ticket_id", cancellationToken)).Except(byConversation, StringComparer.Ordinal).ToList();
        var conversations = new JsonArray();
        foreach (var id in conversationIds)
        {
            // A conversation deleted after its retention term can still have insight rows: those are exported under its id.
            var stored = (await RowsAsync(connection, "SELECT * FROM conversations WHERE id = @id", id, cancellationToken)).SingleOrDefault();
            var conversation = stored ?? new JsonObject { ["id"] = id };
            foreach (var table in byConversation)
            {
                conversation[table] = new JsonArray([.. await RowsAsync(connection, $"SELECT * FROM \"{table}\" WHERE conversation_id = @id", id, cancellationToken)]);
            }

            foreach (var table in byTicket)
            {
                conversation[table] = new JsonArray([.. await RowsAsync(connection, $"SELECT * FROM \"{table}\" WHERE ticket_id IN (SELECT id FROM tickets WHERE conversation_id = @id)", id, cancellationToken)]);
            }

            if (stored is not null || Insights.InsightTables.All.Any(table => conversation[table] is JsonArray { Count: > 0 }))
            {
                conversations.Add(conversation);
            }
        }

        return new JsonObject
        {
            ["exportedAt"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["timesAre"] = "Unix milliseconds, UTC",
            ["conversations"] = conversations,
        };
    }

    private async Task<IEnumerable<string>> TablesWithAsync(DbConnection connection, string column, CancellationToken cancellationToken) =>
        await connection.QueryAsync<string>(new CommandDefinition(database.Dialect.TablesWithColumn, new { column }, cancellationToken: cancellationToken));

    private static async Task<List<JsonObject>> RowsAsync(DbConnection connection, string sql, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<JsonObject>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new JsonObject();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                row[reader.GetName(column)] = Value(reader.GetName(column), reader.GetValue(column));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static JsonNode? Value(string column, object value) => value switch
    {
        DBNull => null,
        string text when JsonColumns.Contains(column) => ParsedOrText(text),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create((long)number),
        double number => JsonValue.Create(number),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonNode? ParsedOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
