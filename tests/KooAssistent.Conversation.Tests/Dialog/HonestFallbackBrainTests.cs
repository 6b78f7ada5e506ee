using System.Text.Json;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Tests.Dialog;

public sealed class HonestFallbackBrainTests
{
    private static readonly ReplyCatalogue Replies = LoadReplies();

    private readonly HonestFallbackBrain brain = new(Replies);

    [Fact]
    public async Task A_new_conversation_gets_exactly_the_welcome()
    {
        var result = await brain.RespondAsync(Request(TurnTrigger.ConversationStarted, inbound: null), CancellationToken.None);

        var welcome = Assert.Single(result.Replies);
        Assert.Equal(Replies[ReplyKey.Welcome], welcome.Text);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
    }

    [Theory]
    [InlineData("Ik heb schulden, wat moet ik doen?")]
    [InlineData("hallo")]
    [InlineData("Hoe vraag ik huurtoeslag aan?")]
    public async Task Any_question_gets_the_honest_answer_with_Koo_instead_of_a_guess(string question)
    {
        var result = await brain.RespondAsync(Request(TurnTrigger.Message, Activity.Message(question)), CancellationToken.None);

        var reply = Assert.Single(result.Replies);
        Assert.Equal(Replies[ReplyKey.NoGoodAnswer], reply.Text);
        Assert.Contains("073 206 88 88", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_press_without_text_is_still_answered()
    {
        var postBack = new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse("""{"choice":"geld"}""").RootElement };

        var result = await brain.RespondAsync(Request(TurnTrigger.Message, postBack), CancellationToken.None);

        Assert.Equal(Replies[ReplyKey.NoGoodAnswer], Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task A_file_alone_gets_only_the_explanation_that_files_are_not_accepted()
    {
        var result = await brain.RespondAsync(Request(TurnTrigger.Message, new Activity { Type = ActivityTypes.Message }, rejectedAttachments: 1), CancellationToken.None);

        Assert.Equal(Replies[ReplyKey.AttachmentsNotSupported], Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task A_file_with_a_question_gets_both_replies_file_notice_first()
    {
        var result = await brain.RespondAsync(Request(TurnTrigger.Message, Activity.Message("Klopt deze brief?"), rejectedAttachments: 2), CancellationToken.None);

        Assert.Equal([Replies[ReplyKey.AttachmentsNotSupported], Replies[ReplyKey.NoGoodAnswer]], result.Replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_client_event_is_not_answered_and_the_state_is_kept()
    {
        var result = await brain.RespondAsync(
            Request(TurnTrigger.Event, new Activity { Type = ActivityTypes.Event, Name = "webchat/join" }) with { State = "{\"k\":1}" },
            CancellationToken.None);

        Assert.Empty(result.Replies);
        Assert.Equal("{\"k\":1}", result.State);
    }

    private static TurnRequest Request(TurnTrigger trigger, Activity? inbound, int rejectedAttachments = 0) =>
        new("c1", "test", trigger, inbound, "nl-NL", State: null, rejectedAttachments);

    private static ReplyCatalogue LoadReplies()
    {
        var folder = KnowledgeFolder.Locate(null, AppContext.BaseDirectory);
        return ReplyCatalogue.Load(folder, OrganisationDirectory.Load(folder));
    }
}
