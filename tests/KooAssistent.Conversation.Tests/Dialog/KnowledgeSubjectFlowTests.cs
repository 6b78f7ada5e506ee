using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>
/// Subjects residents asked about that had no article (issue #19): a question in their words reaches the new article,
/// in Dutch and in English, and the article can be reached by the buttons under a neighbouring answer.
/// </summary>
public sealed class KnowledgeSubjectFlowTests
{
    [Theory]
    [InlineData("mijn vrouw is vorige week overleden, wat gebeurt er nu met onze huurtoeslag?", "geld-overlijden-toeslagen-uitkering")]
    [InlineData("de bank heeft de rekening van mijn overleden vader geblokkeerd, hoe krijg ik daar toegang toe", "geld-overlijden-bankzaken")]
    [InlineData("kinderopvangtoeslag", "geld-kinderopvangtoeslag")]
    [InlineData("ik heb bij klarna en riverty allemaal betalingen openstaan", "geld-achteraf-betalen-lenen")]
    [InlineData("wat is die crypto academy precies", "geld-crypto-academy")]
    [InlineData("is koo op zaterdag open", "algemeen-koo-openingstijden")]
    [InlineData("kan er iemand met me meegaan naar een gesprek bij de gemeente", "algemeen-clientondersteuning")]
    [InlineData("is er een vrijwilliger die mee kan naar mijn gesprek bij de gemeente", "algemeen-clientondersteuning")]
    [InlineData("mijn moeder moet naar de wmo, kunnen jullie met haar meegaan?", "algemeen-clientondersteuning")]
    [InlineData("ik zorg voor mijn man met dementie, kan iemand de zorg een weekend overnemen", "eenzaamheid-respijtzorg")]
    [InlineData("ik zit met kerst helemaal alleen, waar kan ik heen", "eenzaamheid-feestdagen")]
    [InlineData("sinds de scheiding zijn de kinderen de helft van de week bij hun vader en is het huis zo stil", "eenzaamheid-na-scheiding")]
    [InlineData("mag mijn dochter van 10 na school een paar uur alleen thuis zijn", "opvoeden-alleen-thuis")]
    [InlineData("hoe leg ik mijn dochter uit dat ze binnenkort ongesteld wordt", "opvoeden-puberteit-lichaam")]
    public async Task A_Dutch_question_on_a_new_subject_is_answered_with_its_article(string question, string article)
    {
        var decision = (await RealBrain.ConverseAsync(question))[^1].Decision!;

        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("nl", decision.Language);
        Assert.Equal(article, decision.ArticleId);
    }

    [Theory]
    [InlineData("how do i apply for childcare allowance", "geld-kinderopvangtoeslag-en")]
    [InlineData("my husband died last month, what happens to our rent allowance", "geld-overlijden-toeslagen-uitkering-en")]
    [InlineData("what are the opening hours of koo", "algemeen-koo-openingstijden-en")]
    [InlineData("i need a break from caring for my mother, is there respite care", "eenzaamheid-respijtzorg-en")]
    [InlineData("are there any lgbtq groups in den bosch, i am new here", "eenzaamheid-lhbtiq-en")]
    [InlineData("can my 10 year old stay at home alone after school", "opvoeden-alleen-thuis-en")]
    [InlineData("how do I talk to my daughter about getting her period", "opvoeden-puberteit-lichaam-en")]
    public async Task An_English_question_on_a_new_subject_is_answered_with_its_English_article(string question, string article)
    {
        var decision = (await RealBrain.ConverseAsync(question))[^1].Decision!;

        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("en", decision.Language);
        Assert.Equal(article, decision.ArticleId);
    }

    [Fact]
    public async Task A_new_article_is_offered_as_a_button_under_its_neighbour_and_the_button_answers_it()
    {
        var first = (await RealBrain.ConverseAsync("hoe vraag ik huurtoeslag aan"))[^1];
        var button = Assert.Single(first.Replies[^1].SuggestedActions!.Actions, action => action.Title == "Kinderopvangtoeslag aanvragen");

        var turns = await RealBrain.ConverseAsync("hoe vraag ik huurtoeslag aan", button.Title);

        Assert.Equal("geld-toeslagen-aanvragen", turns[0].Decision!.ArticleId);
        Assert.Equal(Route.Answer, turns[1].Decision!.Route);
        Assert.Equal("geld-kinderopvangtoeslag", turns[1].Decision!.ArticleId);
    }
}
