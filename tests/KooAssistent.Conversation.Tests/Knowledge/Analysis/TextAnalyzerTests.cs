using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Tests.Knowledge.Analysis;

public sealed class TextAnalyzerTests
{
    private static readonly SynonymSet Synonyms = SynonymSet.Load(TestKnowledge.Real);

    private static TextAnalyzer Dutch(params string[] vocabulary) =>
        new("nl", Synonyms, word => word, new CompoundSplitter(vocabulary.ToHashSet(StringComparer.Ordinal)));

    [Fact]
    public void Emoji_punctuation_capitals_and_accents_do_not_change_the_terms()
    {
        var analyzer = Dutch();

        var plain = Terms(analyzer.Analyze("ik heb schulden bij de deurwaarder"));
        var noisy = Terms(analyzer.Analyze("IK HEB SCHULDEN!!! 😭😭 bij de Deurwäarder???"));

        Assert.Equal(plain.Replace("deurwaarder", string.Empty, StringComparison.Ordinal), noisy.Replace("deurwaarder", string.Empty, StringComparison.Ordinal));
        Assert.Contains("deurwaarder", noisy, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_stop_words_carry_no_terms()
    {
        var terms = Dutch().Analyze("ik heb een vraag over de huur").Select(term => term.Term).ToList();

        Assert.DoesNotContain("ik", terms);
        Assert.DoesNotContain("de", terms);
        Assert.Contains("huur", terms);
    }

    [Fact]
    public void Everyday_words_count_lightly_and_are_never_corrected_into_subject_words()
    {
        var terms = Dutch().Analyze("de huisarts zei dat ik moest bellen", word => "verkeerd").ToList();

        Assert.Equal(CommonWords.Weight, terms.Single(term => term.Term == "zei").Weight);
        Assert.Equal(CommonWords.Weight, terms.Single(term => term.Term == "moest").Weight);
        Assert.DoesNotContain(terms, term => term.Origin == TermOrigin.Corrected && term.Source is "zei" or "moest");
        Assert.True(terms.Single(term => term.Source == "huisarts" && term.Origin == TermOrigin.Corrected).Weight > CommonWords.Weight);
    }

    [Fact]
    public void A_verb_split_over_the_sentence_counts_lightly_when_the_joined_verb_is_an_everyday_one()
    {
        var analyzer = new TextAnalyzer("nl", Synonyms, word => word, new CompoundSplitter(new HashSet<string>(StringComparer.Ordinal)), new SeparableVerbs(new HashSet<string>(["aanpak", "aankomen", "aanvragen"], StringComparer.Ordinal), word => word));

        var how = analyzer.Analyze("hoe pak ik dat aan").Single(term => term.Origin == TermOrigin.SeparableVerb);
        var get = analyzer.Analyze("hoe kom ik aan een digid").Single(term => term.Origin == TermOrigin.SeparableVerb);
        var apply = analyzer.Analyze("hoe vragen wij dat aan").Single(term => term.Origin == TermOrigin.SeparableVerb);

        Assert.Equal(("aanpak", CommonWords.Weight), (how.Term, how.Weight));
        Assert.Equal(("aankomen", CommonWords.Weight), (get.Term, get.Weight));
        Assert.Equal(("aanvragen", 1.0), (apply.Term, apply.Weight));
    }

    [Fact]
    public void An_article_or_pronoun_before_a_particle_is_never_joined_into_a_verb()
    {
        var verbs = new SeparableVerbs(new HashSet<string>(["ineen", "opeen", "aanvragen"], StringComparer.Ordinal), word => word);

        Assert.Empty(verbs.Find(["ik", "besef", "een", "ding", "in"]));
        Assert.Empty(verbs.Find(["ik", "ben", "een", "dag", "op"]));
        Assert.Equal([("aanvragen", "vragen")], verbs.Find(["hoe", "vragen", "we", "dat", "aan"]));
    }

    [Theory]
    [InlineData("ik sta echt rood", "rood staan")]
    [InlineData("kan ik jullie ook gewoon appen", "jullie appen")]
    public void A_synonym_phrase_is_found_with_a_filler_inside_it(string question, string member)
    {
        var group = Synonyms.Find(TextAnalyzer.Words(member)).Select(found => found.Group).Single();

        var terms = Dutch().Analyze(question).Where(term => term.Origin == TermOrigin.Synonym).Select(term => term.Term).ToList();

        Assert.Single(terms, group);
    }

    [Theory]
    [InlineData("ik heb loonbeslag", "beslag")]
    [InlineData("wat is de beslagvrije voet", "beslagvrije voet")]
    [InlineData("ik sta rood", "rood staan")]
    [InlineData("i have debts", "schulden")]
    public void A_word_or_phrase_from_a_synonym_group_adds_the_group_term(string question, string member)
    {
        var group = Synonyms.Find(TextAnalyzer.Words(member)).Select(found => found.Group).FirstOrDefault();

        var terms = Dutch().Analyze(question).Where(term => term.Origin == TermOrigin.Synonym).Select(term => term.Term);

        Assert.NotNull(group);
        Assert.Contains(group, terms);
    }

    [Fact]
    public void Neighbouring_words_add_a_lighter_pair_term_that_skips_stop_words()
    {
        var pairs = Dutch().Analyze("mijn kind slaapt slecht").Where(term => term.Origin == TermOrigin.Pair).ToList();

        Assert.Equal(["kind_slaapt", "slaapt_slecht"], pairs.Select(pair => pair.Term));
        Assert.All(pairs, pair => Assert.Equal(TextAnalyzer.PairWeight, pair.Weight));
    }

    [Fact]
    public void Numbers_carry_no_terms_because_they_say_how_much_not_what_about()
    {
        var terms = Dutch().Analyze("ik huur voor 780 euro en verdien 1900 netto").Select(term => term.Term).ToList();

        Assert.DoesNotContain("780", terms);
        Assert.DoesNotContain("1900", terms);
        Assert.Contains("huur", terms);
    }

    [Fact]
    public void A_compound_adds_its_parts_with_less_weight_than_the_word()
    {
        var terms = Dutch("schuld", "hulp", "verlening").Analyze("schuldhulpverlening");

        var word = Assert.Single(terms, term => term.Origin == TermOrigin.Word);
        var parts = terms.Where(term => term.Origin == TermOrigin.CompoundPart).ToList();
        Assert.Equal(["schuld", "hulp", "verlening"], parts.Select(term => term.Term));
        Assert.All(parts, part => Assert.True(part.Weight < word.Weight));
    }

    [Fact]
    public void English_text_is_not_split_into_compounds()
    {
        var analyzer = new TextAnalyzer("en", Synonyms, EnglishStemmer.Stem, new CompoundSplitter(new HashSet<string>(["rent", "arrears"], StringComparer.Ordinal)));

        Assert.DoesNotContain(analyzer.Analyze("rentarrears"), term => term.Origin == TermOrigin.CompoundPart);
    }

    [Fact]
    public void A_corrected_word_is_marked_and_weighs_less()
    {
        var terms = Dutch().Analyze("deurwarder", word => word == "deurwarder" ? "deurwaarder" : null);

        var corrected = Assert.Single(terms, term => term.Origin == TermOrigin.Corrected);
        Assert.Equal("deurwaarder", corrected.Term);
        Assert.Equal("deurwarder", corrected.Source);
        Assert.True(corrected.Weight < 1);
    }

    [Theory]
    [InlineData("e-mail", new[] { "email", "e", "mail" })]
    [InlineData("ex-partner", new[] { "expartner", "ex", "partner" })]
    public void A_hyphenated_word_counts_whole_and_as_its_parts(string text, string[] expected)
    {
        Assert.Equal(expected, TextAnalyzer.Words(text));
    }

    private static string Terms(IEnumerable<AnalyzedTerm> terms) => string.Join(' ', terms.Select(term => term.Term).Order(StringComparer.Ordinal));
}
