using KooAssistent.Storage;
using KooAssistent.Bot.Turns;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Testing;

public static class BotFactoryExtensions
{
    public static DirectLineTestClient CreateDirectLineClient(this BotFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new DirectLineTestClient(factory.CreateClient());
    }

    /// <summary>
    /// A client of the staff console with its own cookie jar, over https as behind the TLS proxy: outside Development
    /// the session cookie is Secure, and a cookie jar sends a Secure cookie over https only.
    /// </summary>
    public static HttpClient CreateStaffClient(this BotFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
    }

    /// <summary>Waits until <c>/health/ready</c> answers, as a load balancer does before it sends residents (the brain's warm-up included).</summary>
    public static async Task WaitUntilReadyAsync(this BotFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var http = factory.CreateClient();
        await Polling.WaitUntilAsync(async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode, TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Waits until the bot has finished every turn queued for the conversation, woken by the bot's own signal
    /// rather than by polling with sleeps. Fails after 10 seconds.
    /// </summary>
    public static async Task WaitForTurnsAsync(this BotFactory factory, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var store = factory.Services.GetRequiredService<IConversationStore>();
        using var subscription = factory.Services.GetRequiredService<IConversationNotifier>().Subscribe(conversationId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await store.GetNextPendingTurnAsync(conversationId, timeout.Token) is not null)
        {
            await subscription.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>
    /// Opens a handoff ticket on an existing conversation the way a turn does (same insert, same event to open
    /// consoles), for a ticket a test cannot script through the dialogue in a few steps: a crisis, whose route offers
    /// the help lines rather than a handoff.
    /// </summary>
    public static async Task<string> OpenTicketAsync(this BotFactory factory, string conversationId, KooAssistent.Conversation.Dialog.Handoff.HandoffRequest request, string team = KooAssistent.Bot.Handoff.TeamDirectory.Unknown)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(request);
        var connections = factory.Services.GetRequiredService<KooAssistent.Storage.Sqlite.SqliteConnectionFactory>();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        await connections.GroupCommit.WriteAsync(
            async (connection, transaction) =>
            {
                await KooAssistent.Storage.Tickets.HandoffStore.InsertAsync(
                    connection, transaction, conversationId, new KooAssistent.Storage.Tickets.NewTicket(id, team, request), now, CancellationToken.None);
                return true;
            },
            CancellationToken.None);
        factory.Services.GetRequiredService<KooAssistent.Bot.Staff.StaffEvents>().Publish("tickets", team);
        return id;
    }
}
