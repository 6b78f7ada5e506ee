using Dapper;

namespace KooAssistent.Storage.Tests;

/// <summary>Reads a provider's tables directly, as an auditor would, to see what a store left behind.</summary>
internal static class StoreRows
{
    /// <summary>Rows of every table the schema shows with a <c>conversation_id</c> or <c>ticket_id</c> column that belong to the conversation or its ticket, by table; tables without any are left out.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> OfConversationAsync(IStoreDatabase database, string conversationId, string ticketId)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var conditions = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (column, parameter) in new[] { ("conversation_id", "@conversationId"), ("ticket_id", "@ticketId") })
        {
            foreach (var table in await connection.QueryAsync<string>(database.Dialect.TablesWithColumn, new { column }))
            {
                conditions.TryAdd(table, []);
                conditions[table].Add($"{column} = {parameter}");
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (table, condition) in conditions)
        {
            counts[table] = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\" WHERE {string.Join(" OR ", condition)}", new { conversationId, ticketId });
        }

        counts["conversations"] = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM conversations WHERE id = @conversationId", new { conversationId });
        return counts.Where(entry => entry.Value > 0).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
    }

    public static async Task<long> CountAsync(IStoreDatabase database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
