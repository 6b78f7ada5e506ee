using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;

namespace KooAssistent.Bot.Turns;

/// <summary>What woke a listener on a conversation (<see cref="ConversationSubscription.WaitAsync"/>).</summary>
/// <param name="Ephemeral">Activities shown live but never stored (typing), in the order they came.</param>
/// <param name="Stored">
/// What the commits that woke the listener stored, when every one of them carried it (<see cref="Storage.Changes.Change.Stored"/>);
/// empty when nothing was committed; null when a commit did not say or a signal was dropped, and the store must be read.
/// </param>
public sealed record ConversationWake(IReadOnlyList<Activity> Ephemeral, IReadOnlyList<StoredActivity>? Stored)
{
    /// <summary>
    /// The stored activities after <paramref name="watermark"/>, in sequence order, when this wake carries every one of
    /// them; null when it may not (a gap after the watermark, or a commit that did not say what it stored), and the
    /// listener must read the store. Each sequence belongs to one commit, so activities that follow the watermark
    /// without a gap are all there is up to the last of them; a later commit wakes the listener again.
    /// </summary>
    public IReadOnlyList<StoredActivity>? StoredAfter(long watermark)
    {
        if (Stored is null)
        {
            return null;
        }

        if (FollowsWithoutGap(Stored, watermark))
        {
            // The usual wake: one commit's activities, right after what the listener has.
            return Stored;
        }

        // Commits published out of order, or some already read: sort, drop what the listener has, then check again.
        var fresh = Stored.Where(stored => stored.Sequence > watermark).OrderBy(stored => stored.Sequence).ToList();
        return FollowsWithoutGap(fresh, watermark) ? fresh : null;
    }

    private static bool FollowsWithoutGap(IReadOnlyList<StoredActivity> activities, long watermark)
    {
        for (var index = 0; index < activities.Count; index++)
        {
            if (activities[index].Sequence != watermark + 1 + index)
            {
                return false;
            }
        }

        return true;
    }
}
