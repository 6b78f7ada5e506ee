using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Conversation.Tests.Knowledge.Search;

/// <summary>Search over the shipped knowledge, with questions phrased differently from the articles' own examples.</summary>
public sealed class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(KnowledgeBase.Load(TestKnowledge.Real));

    [Theory]
    [InlineData("mijn peuter gooit zich steeds krijsend op de grond in de supermarkt", "opvoeden-driftbuien-peuter")]
    [InlineData("hoe breng ik het nieuws dat papa en ik uit elkaar gaan aan mijn kinderen", "scheiding-kinderen-vertellen")]
    [InlineData("ze pesten mijn dochter in de klas wat kan ik doen", "opvoeden-pesten")]
    [InlineData("moeten wij als niet getrouwde ouders ook een ouderschapsplan maken", "scheiding-ouderschapsplan")]
    [InlineData("ouderschapsplam", "scheiding-ouderschapsplan")]
    [InlineData("onze baby wordt elke nacht 5 keer wakker", "opvoeden-slapen")]
    [InlineData("mijn zoon van 15 zit de hele nacht te gamen", "opvoeden-tieners-schermtijd-gamen")]
    [InlineData("mijn ex houdt zich niet aan de omgangsregeling", "scheiding-afspraken-niet-nagekomen")]
    [InlineData("MIJN DOCHTER WIL NIET MEER NAAR SCHOOL!!! 😢", "opvoeden-schoolverzuim")]
    public void A_Dutch_question_finds_the_article_that_answers_it(string question, string expected)
    {
        var result = Index.Search(question, "nl", top: 3);

        Assert.True(result.Hits.Count > 0, $"No hits for '{question}'.");
        Assert.Equal(expected, result.Hits[0].Article.Id);
    }

    [Theory]
    [InlineData("my toddler screams and kicks when he does not get his way", "opvoeden-driftbuien-peuter-en")]
    [InlineData("kids are being mean to my son at school every day", "opvoeden-pesten-en")]
    [InlineData("we are splitting up, do we need a parenting plan", "scheiding-ouderschapsplan-en")]
    public void An_English_question_finds_the_English_article(string question, string expected)
    {
        Assert.Equal(expected, Index.Search(question, "en", top: 3).Hits[0].Article.Id);
    }

    [Theory]
    [InlineData("hoe laat rijdt de laatste bus naar utrecht")]
    [InlineData("wat is de hoofdstad van frankrijk")]
    [InlineData("asdfgh qwerty")]
    public void A_question_the_knowledge_does_not_cover_has_low_confidence(string question)
    {
        var hits = Index.Search(question, "nl", top: 1).Hits;
        var best = hits.Count > 0 ? hits[0] : null;

        Assert.True(best is null || best.Confidence < 0.25, $"{best?.Article.Id} at {best?.Confidence}");
    }

    [Theory]
    [InlineData("wat is koo eigenlijk? de huisarts zei dat ik het daar moest vragen", "algemeen-wat-is-koo")]
    [InlineData("hoe vraag ik bij de belastingdienst huurtoeslag aan", "geld-toeslagen-aanvragen")]
    public void Words_every_answer_ends_with_or_everyday_verbs_do_not_outweigh_the_subject(string question, string expected)
    {
        Assert.Equal(expected, Index.Search(question, "nl", top: 3).Hits[0].Article.Id);
    }

    [Fact]
    public void A_long_story_around_one_question_is_still_answered_with_confidence()
    {
        var story = "goedenavond, het is een lang verhaal. we wonen nu een paar jaar in deze wijk en het gaat op zich prima met ons, "
            + "maar mijn baby van zeven maanden wil 's nachts alleen in slaap vallen op mijn arm en wordt telkens huilend wakker als ik hem neerleg";

        var best = Index.Search(story, "nl", top: 1).Hits[0];

        Assert.Equal("opvoeden-slapen", best.Article.Id);
        Assert.True(best.Confidence >= 0.5, $"confidence {best.Confidence}");
    }

    [Fact]
    public void The_top_hits_are_the_best_scores_in_order_with_ties_broken_by_id()
    {
        var all = Index.Search("mijn kind", "nl", top: 1000).Hits;
        var three = Index.Search("mijn kind", "nl", top: 3).Hits;

        Assert.Empty(Index.Search("mijn kind", "nl", top: 0).Hits);
        Assert.Equal(all.Take(3).Select(hit => hit.Article.Id), three.Select(hit => hit.Article.Id));
        Assert.Equal(all.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Article.Id, StringComparer.Ordinal).Select(hit => hit.Article.Id), all.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void A_typed_word_the_knowledge_does_not_know_is_corrected_and_the_hit_says_so()
    {
        var result = Index.Search("mijn kind wordt gepets", "nl", top: 1);

        Assert.Contains(result.Hits[0].Matches, match => match.Source == "gepets" && match.Origin == TermOrigin.Corrected);
    }

    [Fact]
    public void A_question_of_one_common_word_is_less_certain_than_one_of_a_specific_word()
    {
        var common = Index.Search("brief", "nl", top: 1).Hits[0].Confidence;
        var specific = Index.Search("ouderschapsplan", "nl", top: 1).Hits[0].Confidence;

        Assert.True(common < specific, $"brief {common}, ouderschapsplan {specific}");
    }

    [Fact]
    public void Every_hit_explains_which_terms_matched_in_which_fields()
    {
        var hit = Index.Search("ouderschapsplan maken", "nl", top: 1).Hits[0];

        Assert.NotEmpty(hit.Matches);
        Assert.All(hit.Matches, match => Assert.NotEmpty(match.Fields));
        Assert.InRange(hit.Confidence, 0, 1);
    }

    [Fact]
    public void A_language_without_articles_has_no_hits()
    {
        Assert.Empty(Index.Search("pomoc dług", "pl", top: 3).Hits);
    }

    [Fact]
    public void Searches_from_many_threads_at_once_give_the_same_answers()
    {
        string[] questions = ["ouderschapsplan", "mijn kind slaapt slecht", "pesten op school", "mediation of advocaat"];
        var expected = questions.Select(question => Index.Search(question, "nl", 1).Hits[0].Article.Id).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = Index.Search(questions[i % questions.Length], "nl", 1).Hits[0].Article.Id);

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % questions.Length], results[i]));
    }

    [Fact]
    public void Very_long_and_odd_input_is_searched_without_error()
    {
        var random = new Random(7);
        var noise = new string(Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(1, 0xD7FF)).ToArray());

        var result = Index.Search(noise, "nl", top: 3);

        Assert.NotNull(result);
    }
}
