using System.Buffers;
using System.Text;
using System.Text.Json;
using KooAssistent.Storage.Changes;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// A <see cref="Change"/> as a NOTIFY payload: <c>{"kind":"conversation","conversation":"…","team":"…","origin":"…"}</c>.
/// Kind and identifiers only, never message text. The origin names the sending instance, which ignores its own.
/// </summary>
internal static class PostgresChangePayload
{
    /// <summary>PostgreSQL refuses a payload of 8000 bytes or more (https://www.postgresql.org/docs/current/sql-notify.html).</summary>
    public const int MaxBytes = 7999;

    /// <summary>The payload; a change whose identifiers would not fit goes as <see cref="Change.Everything"/>.</summary>
    public static string Format(Change change, string origin)
    {
        var payload = Write(change, origin);
        return Encoding.UTF8.GetByteCount(payload) <= MaxBytes ? payload : Write(Change.Everything, origin);
    }

    /// <returns>False for a payload this version does not understand (a newer instance's kind, or not ours at all).</returns>
    public static bool TryParse(string payload, out Change change, out string origin)
    {
        (change, origin) = (Change.Everything, string.Empty);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !Enum.TryParse<ChangeKind>(Text(root, "kind"), ignoreCase: true, out var kind)
                || !Enum.IsDefined(kind)
                || Text(root, "origin") is not { } sender)
            {
                return false;
            }

            (change, origin) = (new Change(kind, Text(root, "conversation"), Text(root, "team")), sender);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Write(Change change, string origin)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
            writer.WriteString("conversation", change.ConversationId);
            writer.WriteString("team", change.Team);
            writer.WriteString("origin", origin);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
