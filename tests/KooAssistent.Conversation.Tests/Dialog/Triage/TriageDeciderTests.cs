using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Tests.Dialog.Triage;

public sealed class TriageDeciderTests : IDisposable
{
    private readonly TriageFixture fixture = new();

    [Fact]
    public void A_crisis_gets_its_help_lines_first_whatever_else_the_message_says()
    {
        var reading = Nl() with { Crisis = [new CrisisFinding(CrisisCategory.Suicide, "niet meer leven")], Domains = ["Geld"], Pressure = ["Eviction"], AsksForPerson = true };
        fixture.Search.Returns("nl", Match("geld-schulden", 0.9));

        var plan = fixture.Decider().Decide("ik wil niet meer leven, ik word uit huis gezet", reading, new TriageState());

        Assert.Equal(Route.Crisis, plan.Decision.Route);
        Assert.Equal([ReplyKey.CrisisSuicide], plan.Texts);
        Assert.Null(plan.Article);
        Assert.Contains(plan.Decision.Reasons, reason => reason.StartsWith("crisis:SUICIDE:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_in_danger_is_also_given_the_Kindertelefoon()
    {
        var reading = Nl() with { Crisis = [new CrisisFinding(CrisisCategory.ChildHarmed, "mijn vader slaat mij"), new CrisisFinding(CrisisCategory.Violence, "slaat")], WriterMayBeChild = true };

        var plan = fixture.Decider().Decide("mijn vader slaat mij", reading, new TriageState());

        Assert.Equal([ReplyKey.CrisisViolence, ReplyKey.CrisisChildHarmed, ReplyKey.CrisisForChildren], plan.Texts);
    }

    [Fact]
    public void After_a_crisis_a_later_question_is_answered_but_stays_a_crisis_with_help_in_view()
    {
        var afterCrisis = fixture.Decider().Decide("ik zie geen uitweg meer", Nl() with { Crisis = [new CrisisFinding(CrisisCategory.Suicide, "geen uitweg")] }, new TriageState()).NextState;
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.9));

        var plan = fixture.Decider().Decide("hoe vraag ik toeslag aan", Nl(), afterCrisis);

        Assert.Equal(Route.Crisis, plan.Decision.Route);
        Assert.Equal(string.Empty, plan.Decision.Theme);
        Assert.Equal("geld-toeslagen", plan.Article?.Id);
        Assert.Equal([ReplyKey.CrisisReminder], plan.Closing);
    }

    [Fact]
    public void A_confident_match_is_answered_with_related_subjects_and_a_way_out()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.8), Match("geld-toeslagen", 0.3));

        var plan = fixture.Decider().Decide("ik heb schulden", Nl() with { Domains = ["Geld"] }, new TriageState());

        Assert.Equal(Route.Answer, plan.Decision.Route);
        Assert.Equal("geld", plan.Decision.Theme);
        Assert.Equal("geld-schulden", plan.Decision.ArticleId);
        Assert.Equal(["Toeslagen aanvragen", "Knop", "Knop"], plan.Choices.Select(choice => choice.Title));
        Assert.Equal([ChoiceKind.Article, ChoiceKind.NotHelpful, ChoiceKind.TalkToPerson], plan.Choices.Select(choice => choice.Kind));
    }

    [Fact]
    public void Two_close_matches_are_offered_as_choices_instead_of_a_guess()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.55), Match("geld-toeslagen", 0.5));

        var plan = fixture.Decider().Decide("geld", Nl(), new TriageState());

        Assert.Equal(Route.Clarify, plan.Decision.Route);
        Assert.Equal("geld", plan.Decision.Theme);
        Assert.Equal([ReplyKey.ClarifyCandidates], plan.Texts);
        Assert.Equal(["Schulden: wat kun je doen?", "Toeslagen aanvragen", "Knop"], plan.Choices.Select(choice => choice.Title));
    }

    [Fact]
    public void A_full_question_between_two_close_matches_of_one_theme_is_answered_with_the_other_as_first_button()
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.8), Match("geld-schulden", 0.75));

        var plan = fixture.Decider().Decide("hoe regel ik toeslag voor de huur van mijn flat", Nl() with { Domains = ["Geld"] }, new TriageState());

        Assert.Equal(Route.Answer, plan.Decision.Route);
        Assert.Equal("geld-toeslagen", plan.Article?.Id);
        Assert.Equal("Schulden: wat kun je doen?", plan.Choices[0].Title);
        Assert.Contains("neighbour:geld-schulden", plan.Decision.Reasons);
    }

    [Fact]
    public void Two_close_matches_of_different_themes_are_asked_back_however_long_the_question()
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.8), Match("opvoeden-slapen", 0.75));

        var plan = fixture.Decider().Decide("hoe regel ik toeslag voor de huur van mijn flat", Nl(), new TriageState());

        Assert.Equal(Route.Clarify, plan.Decision.Route);
        Assert.Equal(string.Empty, plan.Decision.Theme);
    }

    [Theory]
    [InlineData("ik zoek een cursus", Route.Clarify)]
    [InlineData("ik zoek een cursus over opvoeden voor gescheiden ouders", Route.Answer)]
    public void A_short_question_that_also_fits_another_theme_is_asked_back(string question, Route expected)
    {
        fixture.Search.Returns("nl", Match("opvoeden-slapen", 1.0), Match("geld-schulden", 0.65));

        var plan = fixture.Decider().Decide(question, Nl(), new TriageState());

        Assert.Equal(expected, plan.Decision.Route);
    }

    [Theory]
    [InlineData(false, Route.Answer)]
    [InlineData(true, Route.Handoff)]
    public void Many_life_domains_are_a_case_for_a_person_only_under_pressure_or_without_a_clear_answer(bool pressure, Route expected)
    {
        fixture.Search.Returns("nl", Match("scheiding-ouderschapsplan", 0.9));
        var reading = Nl() with { Domains = ["RelatieScheiding", "OpvoedenGezin", "Geld"], Pressure = pressure ? ["Desperation"] : [] };

        var plan = fixture.Decider().Decide("mijn ex en ik gaan uit elkaar, wie betaalt wat voor de kinderen", reading, new TriageState());

        Assert.Equal(expected, plan.Decision.Route);
    }

    [Theory]
    [InlineData(false, Route.OutOfScope)]
    [InlineData(true, Route.Answer)]
    public void A_municipal_topic_word_is_referred_only_when_the_message_is_about_no_life_domain(bool aboutAChild, Route expected)
    {
        fixture.Search.Returns("nl", Match("opvoeden-slapen", 0.9));
        var reading = Nl() with { OutOfScopeTopic = "verhuizen", Domains = aboutAChild ? ["OpvoedenGezin"] : [] };

        var plan = fixture.Decider().Decide("sinds de verhuizing slaapt ze slecht", reading, new TriageState());

        Assert.Equal(expected, plan.Decision.Route);
    }

    [Fact]
    public void Four_life_domains_go_to_a_person_even_when_an_article_fits()
    {
        fixture.Search.Returns("nl", Match("scheiding-ouderschapsplan", 0.9));
        var reading = Nl() with { Domains = ["RelatieScheiding", "Werk", "Geld", "Gezondheid"] };

        var plan = fixture.Decider().Decide("burn-out, ontslag, loonbeslag en mijn ex wil het ouderschapsplan veranderen", reading, new TriageState());

        Assert.Equal(Route.Handoff, plan.Decision.Route);
        Assert.Equal("scheiding-ouderschapsplan", plan.Decision.ArticleId);
        Assert.Contains("answer-with-offer:scheiding-ouderschapsplan", plan.Decision.Reasons);
    }

    [Fact]
    public void Children_in_a_divorce_count_as_one_problem_so_a_divorce_question_about_them_is_answered()
    {
        fixture.Search.Returns("nl", Match("scheiding-ouderschapsplan", 0.9));
        var reading = Nl() with { Domains = ["RelatieScheiding", "OpvoedenGezin"], LooksLikeTangle = true };

        var plan = fixture.Decider().Decide("we gaan scheiden, hoe maken we afspraken over de kinderen", reading, new TriageState());

        Assert.Equal(Route.Answer, plan.Decision.Route);
    }

    [Theory]
    [InlineData(0.97, Route.Handoff)]
    [InlineData(0.80, Route.Answer)]
    public void A_story_whose_domains_the_words_missed_goes_to_a_person_only_when_the_tangle_vote_is_sure(double vote, Route expected)
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.9));
        var reading = Nl() with { Domains = ["Geld"], MultiProblemVote = vote, LooksLikeTangle = true };

        var plan = fixture.Decider().Decide("mijn vader is overleden, mijn moeder snapt de brieven van de bank niet en durft niet alleen te zijn", reading, new TriageState());

        Assert.Equal(expected, plan.Decision.Route);
    }

    [Fact]
    public void A_sure_tangle_vote_does_not_split_children_in_a_divorce_into_two_problems()
    {
        fixture.Search.Returns("nl", Match("scheiding-ouderschapsplan", 0.9));
        var reading = Nl() with { Domains = ["RelatieScheiding", "OpvoedenGezin"], MultiProblemVote = 0.99, LooksLikeTangle = true };

        var plan = fixture.Decider().Decide("mijn ex en ik maken steeds ruzie waar de kinderen bij zijn, tips?", reading, new TriageState());

        Assert.Equal(Route.Answer, plan.Decision.Route);
    }

    [Fact]
    public void Many_life_domains_without_an_article_go_to_a_person()
    {
        var reading = Nl() with { Domains = ["Werk", "Gezondheid", "Geld"] };

        var plan = fixture.Decider().Decide("alles loopt door elkaar", reading, new TriageState());

        Assert.Equal(Route.Handoff, plan.Decision.Route);
    }

    [Fact]
    public void When_every_candidate_shares_a_theme_asking_back_is_about_that_theme()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.45), Match("geld-toeslagen", 0.4));

        var plan = fixture.Decider().Decide("schoolkosten voor mijn kind", Nl() with { Domains = ["OpvoedenGezin"] }, new TriageState());

        Assert.Equal(Route.Clarify, plan.Decision.Route);
        Assert.Equal("geld", plan.Decision.Theme);
    }

    [Fact]
    public void After_answers_that_did_not_help_the_worker_gets_their_theme_when_the_resident_named_none()
    {
        fixture.Search.Returns("nl", Match("opvoeden-slapen", 0.9));
        var answered = fixture.Decider().Decide("hij wil niet naar bed", Nl(), new TriageState());
        var once = fixture.Decider().Decide("dit helpt niet", Nl() with { SaysNotHelpful = true }, answered.NextState);

        var twice = fixture.Decider().Decide("helpt nog steeds niet", Nl() with { SaysNotHelpful = true }, once.NextState);

        Assert.Equal((Route.Handoff, "opvoeden"), (twice.Decision.Route, twice.Decision.Theme));
    }

    [Theory]
    [InlineData(true, Route.Clarify)]
    [InlineData(false, Route.OutOfScope)]
    public void A_greeting_with_nothing_else_understood_is_an_opener_not_a_question_for_elsewhere(bool greets, Route expected)
    {
        var plan = fixture.Decider().Decide("hallo ik ben anna", Nl() with { OpensWithGreeting = greets }, new TriageState());

        Assert.Equal(expected, plan.Decision.Route);
    }

    [Fact]
    public void A_short_question_is_answered_when_the_other_themes_article_misses_one_of_its_words()
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 1.0), Match("scheiding-ouderschapsplan", 0.75) with { UnmatchedWords = 1 });

        var plan = fixture.Decider().Decide("huurtoeslag aanvragen", Nl(), new TriageState());

        Assert.Equal(Route.Answer, plan.Decision.Route);
        Assert.Equal("geld-toeslagen", plan.Decision.ArticleId);
    }

    [Fact]
    public void When_asking_back_the_theme_is_the_one_the_resident_named_not_the_mix_of_candidates()
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.45), Match("scheiding-ouderschapsplan", 0.4));

        var plan = fixture.Decider().Decide("toeslagen", Nl() with { Domains = ["Geld"] }, new TriageState());

        Assert.Equal(Route.Clarify, plan.Decision.Route);
        Assert.Equal("geld", plan.Decision.Theme);
    }

    [Fact]
    public void A_vague_opener_names_a_theme_only_by_the_residents_own_words()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.9));

        var greeting = fixture.Decider().Decide("goedemorgen, ik wil graag iets vragen", Nl() with { IsVague = true }, new TriageState());
        var money = fixture.Decider().Decide("ik heb een vraag over geld", Nl() with { IsVague = true, Domains = ["Geld"] }, new TriageState());

        Assert.Equal((Route.Clarify, string.Empty), (greeting.Decision.Route, greeting.Decision.Theme));
        Assert.Equal([ReplyKey.ClarifyTheme], greeting.Texts);
        Assert.Equal((Route.Clarify, "geld"), (money.Decision.Route, money.Decision.Theme));
        Assert.Equal([ReplyKey.ClarifyWithinTheme], money.Texts);
    }

    [Fact]
    public void Pressing_an_offered_button_answers_exactly_that_article()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.55), Match("geld-toeslagen", 0.5));
        var offered = fixture.Decider().Decide("geld", Nl(), new TriageState()).NextState;
        fixture.Search.Returns("nl");

        var plan = fixture.Decider().Decide("toeslagen AANVRAGEN", Nl(), offered);

        Assert.Equal(Route.Answer, plan.Decision.Route);
        Assert.Equal("geld-toeslagen", plan.Article?.Id);
    }

    [Fact]
    public void A_vague_opener_gets_the_theme_buttons_and_a_second_one_the_offer_of_a_person()
    {
        var first = fixture.Decider().Decide("hallo", Nl() with { IsVague = true }, new TriageState());
        var second = fixture.Decider().Decide("ik heb een vraag", Nl() with { IsVague = true }, first.NextState);

        Assert.Equal(Route.Clarify, first.Decision.Route);
        Assert.Equal([ReplyKey.ClarifyTheme], first.Texts);
        Assert.Equal(["Geld en schulden", "Opvoeden", "Knop"], first.Choices.Select(choice => choice.Title));
        Assert.Equal(Route.Clarify, second.Decision.Route);
        Assert.Equal([ReplyKey.ClarifyOfferPerson], second.Texts);
        Assert.Equal([ChoiceKind.TalkToPerson], second.Choices.Select(choice => choice.Kind));
    }

    [Fact]
    public void Choosing_a_theme_offers_its_subjects()
    {
        var themes = fixture.Decider().Decide("hallo", Nl() with { IsVague = true }, new TriageState()).NextState;

        var plan = fixture.Decider().Decide("Geld en schulden", Nl(), themes);

        Assert.Equal(Route.Clarify, plan.Decision.Route);
        Assert.Equal("geld", plan.Decision.Theme);
        Assert.Equal(["Schulden: wat kun je doen?", "Toeslagen aanvragen", "Knop"], plan.Choices.Select(choice => choice.Title));
    }

    [Fact]
    public void A_request_for_a_person_is_a_handoff_with_the_evident_theme()
    {
        var plan = fixture.Decider().Decide("kan ik iemand spreken over mijn schulden", Nl() with { AsksForPerson = true, Domains = ["Geld"] }, new TriageState());

        Assert.Equal(Route.Handoff, plan.Decision.Route);
        Assert.Equal("geld", plan.Decision.Theme);
        Assert.Equal([ReplyKey.HandoffRequested], plan.Texts);
    }

    [Fact]
    public void Not_helped_once_asks_again_and_twice_hands_over()
    {
        var first = fixture.Decider().Decide("dit helpt niet", Nl() with { SaysNotHelpful = true }, new TriageState());
        var second = fixture.Decider().Decide("heb ik niks aan", Nl() with { SaysNotHelpful = true }, first.NextState);

        Assert.Equal((Route.Clarify, ReplyKey.NotHelpful), (first.Decision.Route, first.Texts.Single()));
        Assert.Equal((Route.Handoff, ReplyKey.HandoffNotHelped), (second.Decision.Route, second.Texts.Single()));
    }

    [Fact]
    public void Problems_in_two_life_domains_under_pressure_across_turns_go_to_the_Buurtteam()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.9));
        var first = fixture.Decider().Decide("ik heb schulden", Nl() with { Domains = ["Geld"] }, new TriageState());

        var plan = fixture.Decider().Decide("en we gaan scheiden en ik weet het niet meer", Nl() with { Domains = ["RelatieScheiding"], Pressure = ["Desperation"] }, first.NextState);

        Assert.Equal(Route.Handoff, plan.Decision.Route);
        Assert.Equal(string.Empty, plan.Decision.Theme);
        Assert.Equal([ReplyKey.HandoffComplex], plan.Texts);
        Assert.Contains("domains:Geld+RelatieScheiding", plan.Decision.Reasons);
        Assert.Contains("pressure:Desperation", plan.Decision.Reasons);
    }

    [Fact]
    public void A_single_anxious_question_is_still_answered()
    {
        fixture.Search.Returns("nl", Match("geld-schulden", 0.8));

        var plan = fixture.Decider().Decide("help ik heb schulden en ben echt bang", Nl() with { Domains = ["Geld"] }, new TriageState());

        Assert.Equal(Route.Answer, plan.Decision.Route);
    }

    [Theory]
    [InlineData(true, null, ReplyKey.DeclineRequest)]
    [InlineData(false, "afval", ReplyKey.OutOfScope)]
    public void Requests_outside_social_support_are_referred_or_declined(bool unsupported, string? topic, ReplyKey expected)
    {
        var plan = fixture.Decider().Decide("...", Nl() with { IsUnsupportedRequest = unsupported, OutOfScopeTopic = topic }, new TriageState());

        Assert.Equal(Route.OutOfScope, plan.Decision.Route);
        Assert.Equal([expected], plan.Texts);
    }

    [Fact]
    public void A_language_the_bot_does_not_speak_gets_the_bilingual_note_and_keeps_the_conversation_language()
    {
        var plan = fixture.Decider().Decide("mam długi", MessageReading.Plain("pl"), new TriageState());

        Assert.Equal(Route.Clarify, plan.Decision.Route);
        Assert.Equal([ReplyKey.OtherLanguage], plan.Texts);
        Assert.Equal("nl", plan.NextState.Language);
    }

    [Fact]
    public void An_English_question_is_answered_with_the_English_article()
    {
        fixture.Search.Returns("en", Match("geld-schulden-en", 0.8));

        var plan = fixture.Decider().Decide("I have debts", MessageReading.Plain("en"), new TriageState());

        Assert.Equal("geld-schulden-en", plan.Article?.Id);
        Assert.False(plan.ArticleInOtherLanguage);
        Assert.Equal("en", plan.Decision.Language);
    }

    [Fact]
    public void An_English_question_only_the_Dutch_knowledge_covers_gets_the_Dutch_article_with_a_note()
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.8));

        var plan = fixture.Decider().Decide("how do I apply for toeslagen", MessageReading.Plain("en"), new TriageState());

        Assert.Equal("geld-toeslagen", plan.Article?.Id);
        Assert.True(plan.ArticleInOtherLanguage);
    }

    [Fact]
    public void A_BSN_in_the_question_is_answered_and_the_resident_told_it_is_not_needed()
    {
        fixture.Search.Returns("nl", Match("geld-toeslagen", 0.8));

        var plan = fixture.Decider().Decide("mijn bsn is 111222333, hoe vraag ik toeslag aan", Nl() with { PersonalNumbers = ["Bsn"] }, new TriageState());

        Assert.Equal([ReplyKey.PersonalNumberNotNeeded], plan.Texts);
        Assert.Equal("geld-toeslagen", plan.Article?.Id);
    }

    [Theory]
    [InlineData(true, false, Route.Handoff)]
    [InlineData(false, true, Route.Clarify)]
    [InlineData(false, false, Route.OutOfScope)]
    public void Without_a_fitting_article_serious_messages_go_to_a_person_social_ones_are_asked_again_and_others_referred(bool pressure, bool domain, Route expected)
    {
        var reading = Nl() with { Pressure = pressure ? ["NoIncome"] : [], Domains = domain ? ["Geld"] : [] };

        Assert.Equal(expected, fixture.Decider().Decide("iets", reading, new TriageState()).Decision.Route);
    }

    [Fact]
    public void The_state_survives_being_stored_between_turns()
    {
        var plan = fixture.Decider().Decide("ik zie geen uitweg", Nl() with { Crisis = [new CrisisFinding(CrisisCategory.Suicide, "x")], Domains = ["Geld"] }, new TriageState());

        var restored = TriageState.Parse(plan.NextState.Serialize());

        Assert.Equal([CrisisCategory.Suicide], restored.Crisis);
        Assert.Equal(["Geld"], restored.Domains);
        Assert.Equal(["ik zie geen uitweg"], restored.RecentMessages);
    }

    public void Dispose() => fixture.Dispose();

    private static MessageReading Nl() => MessageReading.Plain("nl");

    private ArticleMatch Match(string id, double confidence) => new(fixture.Article(id), confidence, QuestionWords: 0);
}
