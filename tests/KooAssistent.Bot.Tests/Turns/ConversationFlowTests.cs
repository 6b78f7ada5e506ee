using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Turns;

/// <summary>
/// The foundation's conversations over the real pipeline: store, scheduler, brain, reply catalogue. The scenarios are
/// run again through the Bot Connector channel (<see cref="Channels.BotConnector.BotConnectorConversationFlowTests"/>).
/// </summary>
public class ConversationFlowTests
{
    /// <summary>How each scenario starts; a channel's subclass runs the same scenarios through that channel.</summary>
    protected virtual ConversationFlow Start(Action<IServiceCollection>? configureServices = null) => ConversationFlow.Start(configureServices: configureServices);

    [Fact]
    public Task A_resident_is_welcomed_by_a_bot_that_says_it_is_not_a_person() =>
        Start()
            .AssertReply(welcome =>
            {
                Assert.Contains("computerprogramma, geen mens", welcome.Text, StringComparison.Ordinal);
                Assert.Contains("BSN", welcome.Text, StringComparison.Ordinal);
                Assert.Equal("koo-assistent", welcome.From!.Id);
            })
            .AssertNoReply()
            .StartAsync();

    [Fact]
    public Task A_question_is_answered_from_the_knowledge_through_the_host() =>
        Start()
            .AssertReplyContains("computerprogramma")
            .Send("mijn peuter krijgt steeds driftbuien in de supermarkt")
            .AssertReply(reply =>
            {
                Assert.Contains("driftbui", reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.EndsWith("|0000002", reply.ReplyToId, StringComparison.Ordinal);
            })
            .AssertNoReply()
            .StartAsync();

    [Fact]
    public Task Several_quick_messages_are_answered_one_by_one_in_order() =>
        Start(configureServices: services => services.AddSingleton<IConversationBrain>(new EchoBrain()))
            .AssertReply("echo: (start)")
            .Send("een")
            .Send("twee")
            .Send("drie")
            .AssertReply("echo: een")
            .AssertReply("echo: twee")
            .AssertReply("echo: drie")
            .AssertNoReply()
            .StartAsync();

    [Fact]
    public Task A_file_gets_the_notice_that_files_are_not_received() =>
        Start()
            .AssertReplyContains("computerprogramma")
            .Send(new Activity { Type = ActivityTypes.Message }, "the resident sends a photo", rejectedAttachments: 1)
            .AssertReplyContains("geen bestanden")
            .AssertNoReply()
            .StartAsync();

    [Fact]
    public Task An_event_from_the_client_is_recorded_without_an_answer() =>
        Start()
            .AssertReplyContains("computerprogramma")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })
            .AssertNoReply()
            .StartAsync();

    [Fact]
    public async Task A_flow_that_expects_the_wrong_reply_fails_and_names_the_step()
    {
        var error = await Assert.ThrowsAsync<ConversationFlowException>(() =>
            Start()
                .AssertReplyContains("dit staat er niet in")
                .StartAsync());

        Assert.Contains("Step 2", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Answers each message with its own text, so the order of the answers is visible.</summary>
    private sealed class EchoBrain : IConversationBrain
    {
        public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new TurnResult([Activity.Message($"echo: {request.Inbound?.Text ?? "(start)"}")], null));
    }
}
