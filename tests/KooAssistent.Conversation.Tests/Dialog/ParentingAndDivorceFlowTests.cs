using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>
/// Residents' questions about the parenting and divorce subjects added for issue #19 reach their own article, in
/// Dutch and in English, through the brain the bot runs on the real knowledge.
/// </summary>
public sealed class ParentingAndDivorceFlowTests
{
    [Theory]
    [InlineData("mijn dochter van 2 bijt steeds andere kindjes op het kinderdagverblijf, wat kan ik doen", "opvoeden-bijten-slaan-opvang")]
    [InlineData("opa is vorige week overleden, hoe leg ik dat uit aan mijn zoontje van 4?", "opvoeden-overlijden-uitleggen-kind")]
    [InlineData("mijn zoon van 10 wil een smartphone, op welke leeftijd is dat verstandig?", "opvoeden-eerste-telefoon")]
    [InlineData("onze baby van 5 weken huilt uren en is niet te troosten", "opvoeden-huilbaby")]
    [InlineData("hoe regel ik jeugdhulp voor mijn zoon van 9?", "opvoeden-jeugdhulp-aanvragen")]
    [InlineData("wat is partneralimentatie en hoe lang moet ik dat aan mijn ex betalen?", "scheiding-partneralimentatie")]
    [InlineData("ik wil met de kinderen op vakantie naar turkije maar mijn ex wil het formulier niet tekenen", "scheiding-vakantie-buitenland")]
    [InlineData("mijn zoon is 12, mag hij nu zelf kiezen of hij bij zijn vader gaat wonen?", "scheiding-kind-kiezen-rechter")]
    [InlineData("we waren niet getrouwd maar woonden samen, hoe verdelen we nu de spullen?", "scheiding-samenwonend-uit-elkaar")]
    public async Task A_Dutch_question_reaches_its_new_article(string question, string articleId)
    {
        var decision = (await RealBrain.ConverseAsync(question))[^1].Decision;

        Assert.NotNull(decision);
        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("nl", decision.Language);
        Assert.Equal(articleId, decision.ArticleId);
    }

    [Theory]
    [InlineData("my toddler keeps biting other kids at daycare, what should I do?", "opvoeden-bijten-slaan-opvang-en")]
    [InlineData("how do I explain to my 4 year old that grandma died?", "opvoeden-overlijden-uitleggen-kind-en")]
    [InlineData("are vaccinations for children free in the Netherlands?", "opvoeden-vaccinaties-en")]
    [InlineData("how long do I have to pay spousal alimony after the divorce?", "scheiding-partneralimentatie-en")]
    [InlineData("do I need permission from my ex to travel abroad with our daughter?", "scheiding-vakantie-buitenland-en")]
    public async Task An_English_question_reaches_the_English_version_of_the_new_article(string question, string articleId)
    {
        var decision = (await RealBrain.ConverseAsync(question))[^1].Decision;

        Assert.NotNull(decision);
        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("en", decision.Language);
        Assert.Equal(articleId, decision.ArticleId);
    }

    [Fact]
    public async Task The_answer_about_a_child_who_bites_carries_the_article_text_and_offers_a_person()
    {
        var turn = (await RealBrain.ConverseAsync("mijn zoontje van 2 bijt andere kinderen op de creche"))[^1];

        Assert.Contains(turn.Replies, reply => reply.Text?.Contains("Bijten doet pijn", StringComparison.Ordinal) == true);
        Assert.Contains(turn.Replies, reply => reply.SuggestedActions?.Actions.Count >= 2);
    }

    [Fact]
    public async Task A_new_article_is_reachable_by_a_button_from_an_existing_one()
    {
        var turns = await RealBrain.ConverseAsync("mijn peuter slaapt slecht en wordt elke nacht wakker", "Je baby huilt heel veel");

        Assert.Equal("opvoeden-slapen", turns[0].Decision?.ArticleId);
        Assert.Contains(turns[0].Replies, reply => reply.SuggestedActions?.Actions.Any(action => action.Title == "Je baby huilt heel veel") == true);
        Assert.Equal("opvoeden-huilbaby", turns[1].Decision?.ArticleId);
    }
}
