using KooAssistent.Bot.Handoff;
using KooAssistent.Storage;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Persistence;

public sealed class AuditRetentionTests
{
    [Fact]
    public async Task Audit_entries_older_than_the_audit_term_are_deleted_and_newer_ones_kept()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Persistence:AuditRetentionDays"] = "90" }, clock);
        var audit = bot.Services.GetRequiredService<IHandoffStore>();
        await audit.AuditAsync("anna", "transcript-opened", "t-old", "c-old", CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(60));
        await audit.AuditAsync("anna", "transcript-opened", "t-new", "c-new", CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(31));

        await bot.Services.GetRequiredService<RetentionWorker>().PurgeOnceAsync(CancellationToken.None);

        var left = await audit.GetAuditAsync(100, CancellationToken.None);
        Assert.DoesNotContain(left, entry => entry.TicketId == "t-old");
        Assert.Contains(left, entry => entry.TicketId == "t-new");
    }
}
