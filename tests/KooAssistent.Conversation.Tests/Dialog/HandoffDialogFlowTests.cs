using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>The dialog before a Buurtteam takes over: consent, postcode or wijk, and the request for the host.</summary>
public sealed class HandoffDialogFlowTests
{
    [Fact]
    public async Task A_person_request_asks_consent_first_and_says_what_is_shared_with_whom()
    {
        var turn = (await RealBrain.ConverseAsync("kan ik iemand spreken"))[^1];

        var question = turn.Replies[^1];
        Assert.Contains("Farent en MEE", question.Text, StringComparison.Ordinal);
        Assert.Equal(["Ja, graag", "Nee, liever niet"], question.SuggestedActions!.Actions.Select(action => action.Title));
        Assert.Null(turn.Handoff);
    }

    [Fact]
    public async Task Consent_place_contact_and_name_give_the_host_a_request_with_the_residents_words_and_facts()
    {
        var turns = await RealBrain.ConverseAsync(
            "ik heb 4000 euro schulden, mijn vrouw is weg en ik moet over 2 weken het huis uit. ik weet het niet meer",
            "Ja, graag",
            "5211 AB",
            "Bel mij terug",
            "06 12345678",
            "ik ben Anna",
            "Ja, vandaag nog");

        Assert.All(turns.Take(6), turn => Assert.Null(turn.Handoff));
        Assert.Contains(turns[1].Replies[^1].SuggestedActions!.Actions, action => action.Title == "Sla over");
        Assert.Equal(["Hier in de chat", "Bel mij terug", "Via WhatsApp"], turns[2].Replies[^1].SuggestedActions!.Actions.Select(action => action.Title));
        var request = turns[6].Handoff;
        Assert.NotNull(request);
        Assert.Equal("5211 AB", request.Postcode);
        Assert.Equal(ContactPreference.CallBack, request.Contact);
        Assert.Equal("06 12345678", request.Phone);
        Assert.Equal("Anna", request.FirstName);
        Assert.Equal(HandoffUrgency.High, request.Urgency);
        Assert.Contains(request.ResidentWords, words => words.Contains("4000 euro", StringComparison.Ordinal));
        Assert.Contains(request.Facts, fact => fact.StartsWith("Money", StringComparison.Ordinal));
        Assert.Contains("Geld", request.Domains);
        Assert.Contains(turns[6].Replies, reply => reply.Text?.Contains("doorgegeven aan het Buurtteam", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Every_question_after_consent_can_be_skipped_and_the_place_can_be_a_wijk()
    {
        var skipped = await RealBrain.ConverseAsync("kan ik iemand spreken", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over");
        var wijk = await RealBrain.ConverseAsync("kan ik iemand spreken", "ja", "ik woon in Rosmalen Zuid", "Hier in de chat", "Sla over", "Ja, vandaag nog");

        Assert.NotNull(skipped[^1].Handoff);
        Assert.Null(skipped[^1].Handoff!.Postcode);
        Assert.Null(skipped[^1].Handoff!.FirstName);
        Assert.Equal(ContactPreference.Chat, skipped[^1].Handoff!.Contact);
        Assert.Equal(HandoffUrgency.Normal, skipped[^1].Handoff!.Urgency);
        Assert.Equal("Rosmalen Zuid", wijk[^1].Handoff!.Wijk);
        Assert.Equal(HandoffUrgency.High, wijk[^1].Handoff!.Urgency);
    }

    [Fact]
    public async Task No_is_respected_and_gets_Kooʼs_number_and_nothing_is_passed_on()
    {
        var turns = await RealBrain.ConverseAsync("kan ik iemand spreken", "Nee, liever niet");

        Assert.Null(turns[^1].Handoff);
        Assert.Contains("073 206 88 88", turns[^1].Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_question_instead_of_an_answer_is_answered_and_ends_the_handoff_dialog()
    {
        var turns = await RealBrain.ConverseAsync("kan ik iemand spreken", "mijn peuter heeft elke dag driftbuien in de winkel");

        Assert.Equal(Route.Answer, turns[^1].Decision!.Route);
        Assert.Null(turns[^1].Handoff);
    }

    [Fact]
    public async Task After_the_Buurtteam_hands_the_conversation_back_a_single_question_is_answered_not_read_as_the_old_tangle()
    {
        // The host calls the brain again only once the worker handed the conversation back; the tangle was theirs.
        var turns = await RealBrain.ConverseAsync(
            "ik heb schulden, mijn uitkering is gestopt en mijn zoon gaat al weken niet naar school. ik weet het niet meer",
            "Ja, graag",
            "5211 AB",
            "Hier in de chat",
            "Anna",
            "Ja, vandaag nog",
            "mijn peuter krijgt steeds driftbuien in de winkel");

        Assert.NotNull(turns[^2].Handoff);
        Assert.Equal(Route.Answer, turns[^1].Decision!.Route);
        Assert.Contains("driftbui", turns[^1].Replies[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Mijn zoon van 14 gamet de hele nacht door.", "Die tips ken ik, heb ik niks aan.", "Nee, nog steeds niet. Zo schiet het niet op.")]
    [InlineData("How do I deal with my toddler's tantrums?", "Tried all of that already.", "Still nothing useful, honestly.")]
    public async Task Two_complaints_about_the_answers_in_words_of_ones_own_reach_a_person(string question, string first, string second)
    {
        var turns = await RealBrain.ConverseAsync(question, first, second);

        Assert.Equal(Route.Clarify, turns[1].Decision!.Route);
        Assert.Contains("not-helped:1", turns[1].Decision!.Reasons);
        Assert.Equal(Route.Handoff, turns[2].Decision!.Route);
    }

    [Fact]
    public async Task A_complaint_that_says_the_bot_missed_before_reaches_a_person_at_once()
    {
        var turns = await RealBrain.ConverseAsync("ik heb een vraag", "weet ik niet precies", "Nog steeds niet geholpen. Ik kom er zo niet uit.");

        Assert.DoesNotContain(turns.Take(2), turn => turn.Decision!.Route == Route.Handoff);
        Assert.Equal(Route.Handoff, turns[2].Decision!.Route);
        Assert.Contains("not-helped:2", turns[2].Decision!.Reasons);
    }

    [Fact]
    public async Task A_repeated_complaint_as_the_first_message_is_one_miss_only()
    {
        var turns = await RealBrain.ConverseAsync("nog steeds niet geholpen");

        Assert.Equal(Route.Clarify, turns[0].Decision!.Route);
        Assert.Contains("not-helped:1", turns[0].Decision!.Reasons);
    }

    [Fact]
    public async Task A_first_message_that_sounds_like_a_complaint_is_still_a_question()
    {
        var turns = await RealBrain.ConverseAsync("ik kom er niet uit met de kinderopvangtoeslag, hoe vraag ik die aan?");

        Assert.Equal(Route.Answer, turns[^1].Decision!.Route);
    }

    [Fact]
    public async Task A_crisis_during_the_handoff_dialog_gets_help_lines_at_once()
    {
        var turns = await RealBrain.ConverseAsync("kan ik iemand spreken", "ik wil niet meer leven");

        Assert.Equal(Route.Crisis, turns[^1].Decision!.Route);
    }

    [Theory]
    [InlineData("5211 AB", "5211 AB", null)]
    [InlineData("5241ab", "5241 AB", null)]
    [InlineData("ik woon in de Maaspoort", null, "Maaspoort")]
    [InlineData("muntel vliert", null, "Muntel/Vliert")]
    [InlineData("geen idee", null, null)]
    public void Where_a_resident_lives_is_read_from_a_postcode_or_a_wijk(string answer, string? postcode, string? wijk)
    {
        Assert.Equal((postcode, wijk), WhereResidentLives.Read(answer));
    }

    [Theory]
    [InlineData(TicketStatus.Queued, TicketStatus.Assigned, true)]
    [InlineData(TicketStatus.Queued, TicketStatus.Abandoned, true)]
    [InlineData(TicketStatus.Assigned, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Assigned, TicketStatus.ReturnedToBot, true)]
    [InlineData(TicketStatus.Assigned, TicketStatus.Assigned, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Assigned, false)]
    [InlineData(TicketStatus.ReturnedToBot, TicketStatus.Assigned, false)]
    [InlineData(TicketStatus.Abandoned, TicketStatus.Queued, false)]
    [InlineData(TicketStatus.Queued, TicketStatus.ReturnedToBot, false)]
    public void A_ticket_moves_only_along_its_allowed_transitions(TicketStatus from, TicketStatus to, bool allowed)
    {
        Assert.Equal(allowed, TicketTransitions.IsAllowed(from, to));
    }
}
