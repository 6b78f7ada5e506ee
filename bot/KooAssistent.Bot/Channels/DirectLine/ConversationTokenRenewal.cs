using KooAssistent.Storage;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Whether a conversation may have a new token: refresh, reconnect and a repeated start all hand one out, so all
/// three ask here. Not for a conversation that never started, was erased at the resident's request, or is older than
/// <see cref="DirectLineOptions.MaxConversationAge"/>; the token in hand keeps working until it expires.
/// </summary>
public sealed class ConversationTokenRenewal(IConversationStore store, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    /// <returns>The refusal to answer with, or null when a new token may be issued.</returns>
    public async Task<IResult?> RefusalAsync(DirectLineCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var conversation = await store.GetConversationAsync(caller.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound("The conversation does not exist or has ended.");
        }

        if (conversation.ErasedAt is not null)
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The conversation was erased; start a new one.");
        }

        return clock.GetUtcNow() - conversation.CreatedAt >= options.Value.MaxConversationAge
            ? DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The conversation has reached its maximum age; start a new one.")
            : null;
    }
}
