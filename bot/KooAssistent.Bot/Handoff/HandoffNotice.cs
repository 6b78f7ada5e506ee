using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Handoff;

/// <summary>The line the host adds when a ticket opens: within office hours a worker comes soon, outside them when.</summary>
public sealed class HandoffNotice(KnowledgeBase knowledge, IOptions<HandoffOptions> options, TimeProvider clock)
{
    public Activity For(HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var replies = knowledge.RepliesFor(request.Language);
        var hours = options.Value.OfficeHours;
        var now = clock.GetUtcNow();
        var text = hours.IsOpen(now)
            ? replies[ReplyKey.HandoffWithinHours]
            : replies[ReplyKey.HandoffOutsideHours].Replace("{wanneer}", hours.DescribeNextOpening(now, request.Language), StringComparison.Ordinal);
        return Activity.Message(text) with { Locale = Locales.For(request.Language) };
    }
}
