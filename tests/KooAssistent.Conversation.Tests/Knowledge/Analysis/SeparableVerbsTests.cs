using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Tests.Knowledge.Analysis;

public sealed class SeparableVerbsTests
{
    private static readonly SeparableVerbs Verbs = new(
        new HashSet<string>(new[] { "aanvragen", "ophalen", "afbetalen" }.Select(DutchStemmer.Stem), StringComparer.Ordinal),
        DutchStemmer.Stem);

    [Theory]
    [InlineData("hoe vraag ik huurtoeslag aan", "aanvragen", "vraag")]
    [InlineData("hij haalt de kinderen nooit op", "ophalen", "haalt")]
    [InlineData("ik betaal elke maand een deel van de schuld af", "afbetalen", "betaal")]
    public void A_verb_split_over_the_sentence_is_joined_when_the_knowledge_knows_it(string question, string verb, string form)
    {
        var found = Verbs.Find(TextAnalyzer.Words(question)).ToList();

        Assert.Equal([(DutchStemmer.Stem(verb), form)], found);
    }

    [Theory]
    [InlineData("ik woon op de derde verdieping")]
    [InlineData("aan wie moet ik dat vragen")]
    [InlineData("op")]
    public void A_particle_without_a_known_verb_before_it_joins_nothing(string question)
    {
        Assert.Empty(Verbs.Find(TextAnalyzer.Words(question)));
    }

    [Fact]
    public void A_verb_too_far_before_its_particle_is_not_joined()
    {
        Assert.Empty(Verbs.Find(TextAnalyzer.Words("vraag een twee drie vier vijf zes zeven acht negen aan")));
    }
}
