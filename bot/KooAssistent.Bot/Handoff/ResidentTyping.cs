using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// A resident typing in a conversation that waits for a worker or is held by one: the consoles of the ticket's team
/// hear <c>typing:{conversationId}</c> and the one that has the conversation open says so under the messages. No
/// text travels and nothing is stored; without an open ticket nobody hears of it. Web Chat sends a typing activity
/// at most every 3 seconds while the resident types; WhatsApp does not tell a business that someone is typing.
/// </summary>
public sealed class ResidentTyping(IHandoffStore handoffs, IChangeFeed changes)
{
    public async Task RelayAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await handoffs.GetOpenTicketForConversationAsync(conversationId, cancellationToken) is { } ticket)
        {
            changes.Publish(Change.ResidentTyping(conversationId, ticket.Team));
        }
    }
}
