using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;
using KooAssistent.Storage.Changes;

namespace KooAssistent.Bot.Tests.Turns;

/// <summary>
/// A listener takes what a commit says it stored only when that follows what the listener has without a gap; any
/// doubt (a gap, a commit that did not say, a dropped signal) sends it to the store.
/// </summary>
public sealed class ConversationWakeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Activities_that_follow_the_watermark_without_a_gap_are_taken_as_they_are()
    {
        IReadOnlyList<StoredActivity> stored = [At(4), At(5)];

        Assert.Same(stored, Wake(stored).StoredAfter(3));
        Assert.Empty(Wake([]).StoredAfter(3)!);
    }

    [Fact]
    public void Commits_heard_out_of_order_are_put_in_order_and_what_the_listener_already_has_is_left_out()
    {
        var after = Wake([At(6), At(7), At(3), At(4), At(5)]).StoredAfter(3);

        Assert.Equal([4L, 5L, 6L, 7L], after!.Select(activity => activity.Sequence));
        Assert.Empty(Wake([At(2), At(3)]).StoredAfter(3)!);
    }

    [Fact]
    public void A_gap_after_the_watermark_or_a_commit_that_did_not_say_what_it_stored_asks_for_a_read()
    {
        Assert.Null(Wake([At(5)]).StoredAfter(3));
        Assert.Null(Wake([At(4), At(6)]).StoredAfter(3));
        Assert.Null(Wake([At(4), At(4)]).StoredAfter(3));
        Assert.Null(Wake(null).StoredAfter(3));
    }

    [Fact]
    public async Task A_subscription_merges_what_several_commits_stored_and_asks_for_a_read_when_one_did_not_say()
    {
        var notifier = new InProcessConversationNotifier();
        using var listener = notifier.Subscribe("c-1");
        using var elsewhere = notifier.Subscribe("c-2");

        notifier.OnChange(Change.Conversation("c-1", null, [At(2)]));
        notifier.OnChange(Change.Conversation("c-1", "Buurtteam Noord", [At(3), At(4)]));
        notifier.Ephemeral("c-1", new Activity { Type = ActivityTypes.Typing });
        var merged = await listener.WaitAsync(Patience, TimeProvider.System, CancellationToken.None);

        notifier.OnChange(Change.Conversation("c-1", null, [At(5)]));
        notifier.OnChange(Change.Conversation("c-1"));
        var unsaid = await listener.WaitAsync(Patience, TimeProvider.System, CancellationToken.None);

        Assert.Equal([2L, 3L, 4L], merged!.StoredAfter(1)!.Select(activity => activity.Sequence));
        Assert.Equal(ActivityTypes.Typing, Assert.Single(merged.Ephemeral).Type);
        Assert.Null(unsaid!.Stored);
        Assert.Null(await elsewhere.WaitAsync(TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task A_subscription_that_had_to_drop_signals_asks_for_a_read_even_if_the_rest_follow_without_a_gap()
    {
        var notifier = new InProcessConversationNotifier();
        using var listener = notifier.Subscribe("c-1");

        // More signals than a subscription holds: the oldest go, and with them what they said was stored.
        for (var sequence = 1; sequence <= 40; sequence++)
        {
            notifier.OnChange(Change.Conversation("c-1", null, [At(sequence)]));
        }

        var woke = await listener.WaitAsync(Patience, TimeProvider.System, CancellationToken.None);
        notifier.OnChange(Change.Conversation("c-1", null, [At(41)]));
        var next = await listener.WaitAsync(Patience, TimeProvider.System, CancellationToken.None);

        Assert.Null(woke!.Stored);
        Assert.Equal(41, Assert.Single(next!.StoredAfter(40)!).Sequence);
    }

    private static ConversationWake Wake(IReadOnlyList<StoredActivity>? stored) => new([], stored);

    private static StoredActivity At(long sequence) => new(sequence, Activity.Message($"bericht {sequence}"));
}
