using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// A statement of a turn's hot path, prepared once per connection and then reused. Building and preparing a
/// new command with its parameters for every statement (as Dapper does) was most of the storage's ~28 % share of
/// what a turn allocated (README, issue #12).
/// </summary>
/// <remarks>
/// A command belongs to the connection it was prepared on, and its parameters are rebound on every use, so it may
/// only be used where one caller at a time has the connection and finishes each command (reads and disposes its
/// reader) before it asks for the next: the group commit's connection, whose writes run one after another, a write
/// connection held under the write gate, or a read connection while one read has it (<see cref="SqliteReadConnections"/>).
/// When a connection closes, Microsoft.Data.Sqlite finalises its commands, and the table entry goes with the connection
/// object; a connection dropped after a failure takes its commands along, and the next one prepares its own.
/// </remarks>
internal sealed class SqliteStatement(string sql, params string[] parameterNames)
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<SqliteStatement, SqliteCommand>> Prepared = new();

    /// <summary>The statement's command on <paramref name="connection"/>, with <paramref name="values"/> bound in the order of its parameter names.</summary>
    public SqliteCommand On(SqliteConnection connection, SqliteTransaction? transaction, params ReadOnlySpan<object?> values)
    {
        if (values.Length != parameterNames.Length)
        {
            throw new ArgumentException($"The statement takes {parameterNames.Length} values, not {values.Length}.", nameof(values));
        }

        var commands = Prepared.GetOrCreateValue(connection);
        if (!commands.TryGetValue(this, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            commands.Add(this, command);
        }

        command.Transaction = transaction;
        for (var index = 0; index < values.Length; index++)
        {
            command.Parameters[index].Value = values[index] ?? DBNull.Value;
        }

        return command;
    }
}
