using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Tests.Dialog.Assistance;

/// <summary>A model's phrasing reaches a resident only when every fact in it is the article's, and it is not longer.</summary>
public sealed class GroundingGuardTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(TestKnowledge.Real);
    private static readonly GroundingGuard Guard = new(Knowledge.Organisations);
    private static readonly KooAssistent.Conversation.Knowledge.Articles.Article TaxReturn = Knowledge.Articles.Single(article => article.Id == "geld-belastingaangifte-hulp");

    public const string FaithfulTaxAnswer =
        "Lukt je aangifte niet alleen? Op de wijkpleinen van Koo helpen vrijwilligers je. Maak op tijd een afspraak via www.kijkopkoo.nl of bel 073 206 88 88. "
        + "De BelastingTelefoon helpt ook: 0800-0543. De meeste mensen doen hun aangifte tussen 1 maart en 1 mei.";

    [Fact]
    public void A_phrasing_that_only_repeats_the_articles_facts_is_accepted()
    {
        var verdict = Check(FaithfulTaxAnswer);

        Assert.True(verdict.IsAccepted, verdict.Refusal);
    }

    [Fact]
    public void A_phone_number_written_with_other_spacing_is_the_same_number()
    {
        Assert.True(Check("Bel Koo: 073-2068888. Of bel de BelastingTelefoon op 0800 0543.").IsAccepted);
    }

    [Theory]
    [InlineData("Bel Koo op 073 206 88 99 voor hulp.", "number")]
    [InlineData("Bel de BelastingTelefoon: 0800-0544.", "number")]
    [InlineData("Hulp kost € 25 per keer.", "amount")]
    [InlineData("Hulp kost 25 euro per keer.", "amount")]
    [InlineData("Kijk op www.belastinghulp-gratis.nl voor hulp.", "url")]
    [InlineData("Mail naar hulp@koo.nl voor een afspraak.", "url")]
    [InlineData("Doe je aangifte voor 15 april.", "date")]
    [InlineData("Doe je aangifte voor 1 juni.", "date")]
    [InlineData("Ga naar het Juridisch Loket voor hulp.", "organisation")]
    [InlineData("Vraag hulp aan mevrouw Jansen bij jou in de buurt.", "name")]
    public void A_phrasing_with_a_fact_the_article_does_not_hold_is_refused(string phrased, string why)
    {
        var verdict = Check(phrased);

        Assert.Equal(why, verdict.Refusal);
    }

    [Fact]
    public void A_phrasing_longer_than_the_articles_own_text_is_refused()
    {
        Assert.Equal("too-long", Check(TaxReturn.Body + " Succes!").Refusal);
    }

    [Fact]
    public void A_phrasing_that_drops_every_phone_number_and_address_of_the_article_is_refused()
    {
        Assert.Equal("no-contact", Check("Vrijwilligers helpen je met je aangifte.").Refusal);
    }

    [Fact]
    public void An_empty_phrasing_is_refused()
    {
        Assert.Equal("empty", Check("  \n ").Refusal);
    }

    private static GroundingVerdict Check(string phrased) => Guard.Check(phrased, TaxReturn.Title, TaxReturn.Body);
}
