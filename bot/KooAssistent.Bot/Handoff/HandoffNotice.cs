using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// The line the host adds when a ticket opens: within office hours a worker comes (or, for a resident who asked to be
/// called back, calls) soon, outside them when.
/// </summary>
public sealed class HandoffNotice(KnowledgeBase knowledge, IOptions<HandoffOptions> options, TimeProvider clock)
{
    public Activity For(HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var replies = knowledge.RepliesFor(request.Language);
        var hours = options.Value.OfficeHours;
        var now = clock.GetUtcNow();
        var callBack = request is { Contact: ContactPreference.CallBack, Phone: not null };
        var text = hours.IsOpen(now)
            ? replies[callBack ? ReplyKey.HandoffWithinHoursCallBack : ReplyKey.HandoffWithinHours]
            : replies[callBack ? ReplyKey.HandoffOutsideHoursCallBack : ReplyKey.HandoffOutsideHours]
                .Replace("{wanneer}", hours.DescribeNextOpening(now, request.Language), StringComparison.Ordinal);
        return Activity.Message(text) with { Locale = Locales.For(request.Language) };
    }
}
