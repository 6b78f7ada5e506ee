using System.Diagnostics;
using System.Globalization;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.LanguageModel;

/// <summary>
/// The bot's real pipeline with <c>Llm:*</c> settings against a fake OpenAI-compatible server on loopback. Whatever the
/// server does — answer, dawdle, fail, send garbage, invent a number, play down a crisis — every message gets exactly one
/// reply within the time limit, and it is never less safe than the reply without a model.
/// </summary>
public sealed class LanguageModelFlowTests
{
    private const string TaxQuestion = "wie helpt mij met mijn belastingaangifte";
    private const string RuleCrisis = "ik wil niet meer leven, ik heb de pillen al klaarliggen";
    private const string NoDanger = """{"danger": "none", "kind": null}""";

    private const string FaithfulTaxAnswer =
        "Lukt je aangifte niet alleen? Op de wijkpleinen van Koo helpen vrijwilligers je. Bel 073 206 88 88. De BelastingTelefoon helpt ook: 0800-0543.";

    [Fact]
    public async Task With_the_model_switched_off_no_call_is_made_even_with_an_endpoint_configured()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        var settings = Settings(server, danger: true, phrasing: true);
        settings["Llm:Enabled"] = "false";

        var replies = await RepliesAsync(settings, TaxQuestion, RuleCrisis);

        Assert.Empty(server.Requests);
        Assert.Equal(await RepliesAsync(WithoutModel, TaxQuestion, RuleCrisis), replies);
    }

    [Fact]
    public async Task A_normal_answer_is_phrased_by_the_model_from_the_article_with_the_key_and_model_configured()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Answer(ChatScript.Reply(NoDanger), ChatScript.Reply(FaithfulTaxAnswer));

        var reply = Assert.Single(await RepliesAsync(Settings(server, danger: true, phrasing: true), TaxQuestion));

        Assert.Contains("**Hulp bij je belastingaangifte**\n\n" + FaithfulTaxAnswer, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Leg klaar", reply, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, request =>
        {
            Assert.Equal("fake-model", request.Model);
            Assert.Equal("Bearer test-key", request.Authorization);
        });
        Assert.Contains("Moet je aangifte doen", server.Requests.Last().SystemText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crisis_raised_by_the_model_gets_the_help_lines()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Answer(ChatScript.Reply("""{"danger": "crisis", "kind": "suicide"}"""));

        var reply = Assert.Single(await RepliesAsync(Settings(server, danger: true, phrasing: true), TaxQuestion));

        Assert.Contains("113", reply, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_possible_danger_raised_by_the_model_asks_whether_the_resident_is_in_danger_now()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Answer(ChatScript.Reply("```json\n{\"danger\": \"possible\", \"kind\": \"violence\"}\n```"));

        var reply = Assert.Single(await RepliesAsync(Settings(server, danger: true, phrasing: false), TaxQuestion));

        Assert.Contains("Ben je nu in gevaar?", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_plays_down_a_crisis_or_answers_it_changes_nothing()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Reply(NoDanger);

        var replies = await RepliesAsync(Settings(server, danger: true, phrasing: true), RuleCrisis, TaxQuestion);

        Assert.Equal(await RepliesAsync(WithoutModel, RuleCrisis, TaxQuestion), replies);
        // The rules' crisis is not asked about; the next message is, and its "none" keeps the crisis in view.
        Assert.Equal(TaxQuestion, Assert.Single(server.Requests).UserText);
    }

    [Fact]
    public async Task Only_redacted_text_is_sent_to_the_model()
    {
        await using var server = await FakeChatCompletions.StartAsync();

        // A phone number makes the bot offer a worker after its answer, so this flow takes the replies as they come.
        await ConversationFlow.Start(Settings(server, danger: true, phrasing: false))
            .AssertReply(_ => { }, "the welcome")
            .Send("mijn nummer is 06 12345678, " + TaxQuestion)
            .AssertReply(_ => { })
            .StartAsync();

        var sent = Assert.Single(server.Requests).UserText;
        Assert.DoesNotContain("12345678", sent, StringComparison.Ordinal);
        Assert.Contains("belastingaangifte", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_model_is_given_up_on_within_the_time_limit_and_the_turn_goes_on_as_without_it()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Slow(TimeSpan.FromSeconds(30), FaithfulTaxAnswer);
        var started = Stopwatch.GetTimestamp();

        var replies = await RepliesAsync(Settings(server, danger: true, phrasing: true, timeoutSeconds: 1), TaxQuestion);

        // The whole flow (start, one turn, settling) well within what one slow reply would take.
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(8), $"took {Stopwatch.GetElapsedTime(started)}");
        Assert.Equal(await RepliesAsync(WithoutModel, TaxQuestion), replies);
    }

    public static TheoryData<string> Failures => ["500", "malformed", "unreadable"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_model_leaves_the_turn_as_without_it_and_is_not_retried(string failure)
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = failure switch
        {
            "500" => ChatScript.Error(500),
            "malformed" => ChatScript.Malformed(),
            _ => ChatScript.Reply("Ik denk dat het wel meevalt."),
        };

        var replies = await RepliesAsync(Settings(server, danger: true, phrasing: true), TaxQuestion);

        Assert.Equal(await RepliesAsync(WithoutModel, TaxQuestion), replies);
        // One call for the danger opinion, one for the phrasing ("unreadable" is phrasing the guard refuses): no retries.
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("Bel Koo op 06 98765432, dan helpen we je.")]
    [InlineData("Koo helpt je met je aangifte voor € 15.")]
    [InlineData("Kijk op www.gratis-aangifte.nl of bel de BelastingTelefoon: 0800-0543.")]
    public async Task A_phrasing_that_invents_a_fact_is_refused_and_the_articles_own_text_is_sent(string invented)
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Reply(invented);

        var replies = await RepliesAsync(Settings(server, danger: false, phrasing: true), TaxQuestion);

        Assert.Equal(await RepliesAsync(WithoutModel, TaxQuestion), replies);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task At_handoff_the_worker_gets_the_models_draft_beside_the_structured_summary_from_redacted_words()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Reply("Schulden en een huis dat hij uit moet.\nPartner is weg.\nWil vandaag hulp.");
        var settings = Settings(server, danger: false, phrasing: false);
        settings["Llm:WorkerDraft"] = "true";

        var flow = ConversationFlow.Start(settings);
        foreach (var message in new[] { "ik heb 4000 euro schulden, mijn vrouw is weg en ik moet over 2 weken het huis uit. ik weet het niet meer", "Ja, graag", "5211 AB", "Bel mij terug", "06 12345678", "ik ben Anna", "Ja, vandaag nog" })
        {
            flow = flow.Send(message);
        }

        await flow.AssertOpenTicket(ticket =>
        {
            Assert.Equal("Schulden en een huis dat hij uit moet.\nPartner is weg.\nWil vandaag hulp.", ticket.Summary.WorkerDraft);
            Assert.Equal("Anna", ticket.Summary.FirstName);
            Assert.Equal("06 12345678", ticket.Summary.Phone);
        }).StartAsync();

        var sent = Assert.Single(server.Requests).UserText;
        Assert.Contains("4000 euro schulden", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", sent, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> WithoutModel => [];

    /// <remarks>
    /// A generous time limit where the model's answer must arrive: the first call in a process pays for loading and
    /// compiling the OpenAI client, which on a busy two-core machine can take longer than the production default.
    /// </remarks>
    private static Dictionary<string, string?> Settings(FakeChatCompletions server, bool danger, bool phrasing, double timeoutSeconds = 20) => new()
    {
        ["Llm:Enabled"] = "true",
        ["Llm:Endpoint"] = server.Endpoint.ToString(),
        ["Llm:Model"] = "fake-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(CultureInfo.InvariantCulture),
        ["Llm:DangerSecondOpinion"] = danger ? "true" : "false",
        ["Llm:GroundedAnswers"] = phrasing ? "true" : "false",
        ["Llm:WorkerDraft"] = "false",
    };

    /// <summary>One reply per message, in order, and nothing more once the bot has settled: no turn lost or doubled.</summary>
    private static async Task<List<string>> RepliesAsync(Dictionary<string, string?> settings, params string[] messages)
    {
        var replies = new List<string>();
        var flow = ConversationFlow.Start(settings).AssertReply(_ => { }, "the welcome");
        foreach (var message in messages)
        {
            flow = flow.Send(message).AssertReply(reply => replies.Add(reply.Text ?? string.Empty));
        }

        await flow.AssertNoReply().StartAsync();
        return replies;
    }
}
