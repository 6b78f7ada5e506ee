using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Activities;

/// <summary>
/// The Activity spec wants <c>timestamp</c> in UTC with an explicit <c>Z</c>; the default converter would
/// write <c>+00:00</c>, which some clients parse differently.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
