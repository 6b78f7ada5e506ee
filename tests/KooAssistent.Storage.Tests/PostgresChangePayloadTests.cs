using System.Text;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Postgres;

namespace KooAssistent.Storage.Tests;

/// <summary>What one instance tells the others through NOTIFY: kind and identifiers, within PostgreSQL's limits.</summary>
public sealed class PostgresChangePayloadTests
{
    public static TheoryData<Change> Changes() =>
    [
        Change.Conversation("conv-1"),
        Change.Conversation("conv-1", "Buurtteam Noord"),
        Change.Tickets("Buurtteam Zuid"),
        Change.AllTickets,
        Change.ResidentTyping("conv-2", "onbekend"),
        Change.Everything,
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_arrives_as_it_was_sent_with_the_sending_instance(Change change)
    {
        var payload = PostgresChangePayload.Format(change, "instance-a");

        Assert.True(PostgresChangePayload.TryParse(payload, out var received, out var origin));
        Assert.Equal(change, received);
        Assert.Equal("instance-a", origin);
    }

    [Fact]
    public void The_payload_holds_the_kind_and_identifiers_and_nothing_else()
    {
        Assert.Equal(
            """{"kind":"conversation","conversation":"conv-1","team":"Buurtteam Noord","origin":"instance-a"}""",
            PostgresChangePayload.Format(Change.Conversation("conv-1", "Buurtteam Noord"), "instance-a"));
    }

    [Fact]
    public void A_change_too_large_for_notify_goes_as_everything()
    {
        var payload = PostgresChangePayload.Format(Change.Conversation(new string('é', 4000)), "instance-a");

        Assert.True(Encoding.UTF8.GetByteCount(payload) < 8000);
        Assert.True(PostgresChangePayload.TryParse(payload, out var received, out _));
        Assert.Equal(Change.Everything, received);
    }

    [Theory]
    [InlineData("""{"kind":"reindex","origin":"instance-b"}""")]
    [InlineData("""{"kind":"7","origin":"instance-b"}""")]
    [InlineData("""{"kind":"tickets"}""")]
    [InlineData("tickets")]
    [InlineData("[]")]
    public void A_payload_this_version_does_not_know_is_refused(string payload)
    {
        Assert.False(PostgresChangePayload.TryParse(payload, out _, out _));
    }

    [Fact]
    public void Each_schema_has_a_channel_of_its_own_within_the_identifier_limit()
    {
        var names = new[] { null, "public", "gemeente_oss", "gemeente_den_bosch", new string('x', 63) }.Select(PostgresChangeChannel.For).ToList();

        Assert.Equal("koo_changes", names[0]);
        Assert.Equal("koo_changes", names[1]);
        Assert.Equal(4, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.True(Encoding.UTF8.GetByteCount(name) <= 63));
    }
}
