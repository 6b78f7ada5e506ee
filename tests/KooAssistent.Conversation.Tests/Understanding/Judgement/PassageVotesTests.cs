using KooAssistent.Conversation.Understanding.Judgement;

namespace KooAssistent.Conversation.Tests.Understanding.Judgement;

public sealed class PassageVotesTests
{
    private static readonly JudgementClassifier Classifier = JudgementModel.Shipped.Classifier;

    [Fact]
    public void A_message_of_one_passage_has_no_passage_vote_of_its_own()
    {
        var vote = PassageVotes.Strongest(Classifier, "Mijn huur is te hoog. Wat kan ik doen?");

        Assert.Same(JudgementVote.None, vote);
    }

    [Fact]
    public void One_dangerous_sentence_in_a_long_story_outweighs_the_rest_when_read_with_its_neighbour()
    {
        const string Story =
            "Goedemorgen, ik heb een vraag over de kinderbijslag. We zijn vorig jaar verhuisd naar Rosmalen. "
            + "Sindsdien komt de post soms op het oude adres. Mijn vriend heeft gisteren mijn keel dichtgeknepen tot ik bijna flauwviel. "
            + "De SVB zegt dat ik een formulier moet invullen. Waar vind ik dat formulier?";

        var whole = Classifier.Vote(Story);
        var passage = PassageVotes.Strongest(Classifier, Story);

        Assert.True(passage.Crisis > whole.Crisis, $"passage {passage.Crisis:F2}, whole message {whole.Crisis:F2}");
        Assert.True(passage.Crisis >= 0.8f, $"passage {passage.Crisis:F2}");
    }

    [Fact]
    public void A_long_story_with_no_danger_in_any_sentence_gets_no_crisis_from_its_passages()
    {
        const string Story =
            "Goedemorgen, ik heb een vraag over de kinderbijslag. We zijn vorig jaar verhuisd naar Rosmalen. "
            + "Sindsdien komt de post soms op het oude adres. De SVB zegt dat ik een formulier moet invullen. Waar vind ik dat formulier?";

        Assert.True(PassageVotes.Strongest(Classifier, Story).Crisis < 0.5f);
    }
}
