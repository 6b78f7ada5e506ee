using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Testing;

/// <summary>Where a <see cref="ConversationFlow"/> runs: the pipeline itself (<see cref="FlowHost"/>) or a channel in front of it.</summary>
internal interface IFlowHost : IAsyncDisposable
{
    Task StartConversationAsync(CancellationToken cancellationToken);

    Task SendAsync(Activity activity, TurnTrigger trigger, int rejectedAttachments, CancellationToken cancellationToken);

    /// <summary>The next activity the bot sent after the last one a step looked at; fails after a timeout.</summary>
    Task<Activity> NextBotActivityAsync(string expectation, CancellationToken cancellationToken);

    /// <summary>The conversation's open ticket, if a handoff opened one.</summary>
    Task<KooAssistent.Storage.Tickets.TicketRecord?> OpenTicketAsync(CancellationToken cancellationToken);

    /// <summary>Waits until the bot has finished its work, then returns what it sent that no step has looked at.</summary>
    Task<IReadOnlyList<Activity>> UnreadAfterTurnsSettleAsync(CancellationToken cancellationToken);
}
