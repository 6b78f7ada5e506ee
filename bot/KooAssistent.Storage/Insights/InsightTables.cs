using System.Data.Common;
using Dapper;

namespace KooAssistent.Storage.Insights;

/// <summary>
/// The tables that hold a conversation's insight rows, each with a <c>conversation_id</c> and an <c>at</c>: an erasure
/// deletes them by conversation id, the retention run by age.
/// </summary>
public static class InsightTables
{
    public static readonly IReadOnlyList<string> All = ["insight_turns", "insight_feedback", "insight_gaps", "insight_handoffs"];

    /// <summary>
    /// Deletes the conversation's rows from every insight table, also when the conversation itself is gone: they have
    /// no foreign key (they outlive a quiet conversation), so an erasure names them.
    /// </summary>
    /// <returns>How many rows were deleted.</returns>
    public static async Task<int> DeleteConversationAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var table in All)
        {
            deleted += await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE conversation_id = @conversationId", new { conversationId }, transaction, cancellationToken: cancellationToken));
        }

        return deleted;
    }
}
