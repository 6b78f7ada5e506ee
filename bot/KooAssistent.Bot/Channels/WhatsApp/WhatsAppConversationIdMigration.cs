using KooAssistent.Storage.WhatsApp;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Renames, at start, every WhatsApp conversation that still has the unkeyed id of earlier versions to its keyed id,
/// with its transcript, turns, tickets, outbox cursor and audit entries, so it goes on where it was. Runs in the
/// host's "starting" phase, after the schema migration and before the outbox or turn recovery touch a conversation.
/// Idempotent: once renamed, no conversation matches its unkeyed id any more.
/// </summary>
public sealed partial class WhatsAppConversationIdMigration(
    WhatsAppStore store, WhatsAppConversationIds ids, IOptions<WhatsAppOptions> options, ILogger<WhatsAppConversationIdMigration> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var phoneNumberId = options.Value.PhoneNumberId;
        if (string.IsNullOrEmpty(phoneNumberId))
        {
            return;
        }

        var renamed = 0;
        foreach (var (id, waId) in await store.ListConversationsAsync(cancellationToken))
        {
            if (id == WhatsAppConversationIds.Unkeyed(phoneNumberId, waId))
            {
                await store.RenameConversationAsync(id, ids.For(waId), cancellationToken);
                renamed++;
            }
        }

        if (renamed > 0)
        {
            LogRenamed(renamed);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp: {Count} conversation(s) renamed from an unkeyed to a keyed id")]
    private partial void LogRenamed(int count);
}
