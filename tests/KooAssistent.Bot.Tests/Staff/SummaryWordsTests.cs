using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Summaries;
using KooAssistent.Conversation.Understanding.Domains;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>The codes of a handoff's summary in the words a worker reads, from knowledge/data/summary-words.yaml.</summary>
public sealed class SummaryWordsTests
{
    private static readonly SummaryWords Words = SummaryWordsFile.Load(KnowledgeFolder.Locate(null, AppContext.BaseDirectory));

    [Fact]
    public void Reasons_life_domains_and_pressure_read_as_plain_Dutch()
    {
        var reasons = Words.Reasons(
            ["domains:Geld+Wonen+OpvoedenGezin", "pressure:eviction", "pressure:child-out-of-school", "tangle-vote:0.97", "asks-for-person", "button:person", "not-helped:2"],
            _ => null);

        Assert.Equal(
            [
                "Meerdere leefgebieden tegelijk: Geld en schulden, Wonen, Opvoeden en gezin",
                "Onder druk: Uitzetting of ontruiming dreigt",
                "Onder druk: Kind gaat niet naar school",
                "Het verhaal leest als meerdere problemen tegelijk (zekerheid 97 %)",
                "Vroeg zelf om een medewerker",
                "Koos de knop om met een medewerker te praten",
                "De antwoorden van de bot hielpen niet (2 keer)",
            ],
            reasons);
        Assert.Equal("Opvoeden en gezin", Words.Domain("OpvoedenGezin"));
        Assert.Equal("Kind gaat niet naar school", Words.Pressure("child-out-of-school"));
        Assert.Equal("Bedrag: 3000 euro", Words.Fact("Money: 3000 euro"));
        Assert.Equal("Terugbellen", Words.Contact("CallBack"));
    }

    [Fact]
    public void Every_life_domain_and_pressure_the_brain_knows_has_its_own_words()
    {
        var domains = typeof(LifeDomains).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();

        Assert.All(domains, domain => Assert.DoesNotContain("(" + domain + ")", Words.Domain(domain), StringComparison.Ordinal));
        Assert.All(Pressure.All, pressure => Assert.DoesNotContain(pressure, Words.Pressure(pressure), StringComparison.Ordinal));
        Assert.Equal(domains.Count, domains.Select(Words.Domain).Distinct().Count());
    }

    [Fact]
    public void An_article_offered_with_the_handoff_is_named_by_its_title_and_a_crisis_by_its_kind()
    {
        var reasons = Words.Reasons(["answer-with-offer:geld-huurachterstand", "crisis:SUICIDE:rule-plan", "crisis:earlier", "danger-question:no"], id => id == "geld-huurachterstand" ? "Huurachterstand" : null);

        Assert.Equal(
            ["Kreeg ook uitleg over één deel: Huurachterstand", "Mogelijk gevaar: Gedachten aan zelfdoding of zelfbeschadiging", "Eerder in dit gesprek was er gevaar", "Zei nee op de vraag of er nu gevaar is"],
            reasons);
    }

    [Theory]
    [InlineData("pressure:debt-collector-at-door", "Onder druk: Andere druk (debt-collector-at-door)")]
    [InlineData("new-reason", "Andere reden (new-reason)")]
    [InlineData("new-reason:with-value", "Andere reden (new-reason:with-value)")]
    [InlineData("domains:Geld+Sport", "Meerdere leefgebieden tegelijk: Geld en schulden, Ander leefgebied (Sport)")]
    [InlineData("tangle-vote:veel", "Het verhaal leest als meerdere problemen tegelijk (zekerheid veel)")]
    public void A_code_the_words_do_not_know_yet_is_shown_as_unknown_with_the_code_never_blank(string code, string expected)
    {
        Assert.Equal([expected], Words.Reasons([code], _ => null));
    }

    [Theory]
    [InlineData("tangle-vote:0.995", "99 %")]
    [InlineData("tangle-vote:0.29", "29 %")]
    [InlineData("tangle-vote:1", "100 %")]
    public void A_tangle_vote_is_a_percentage_never_rounded_up_to_certainty(string code, string shown)
    {
        Assert.Equal([$"Het verhaal leest als meerdere problemen tegelijk (zekerheid {shown})"], Words.Reasons([code], _ => null));
    }

    [Fact]
    public void A_reason_without_a_value_and_empty_codes_are_left_out_and_the_subject_is_never_empty()
    {
        Assert.Empty(Words.Reasons(["domains:", "", " "], _ => null));
        Assert.Equal("Nog niet bekend", Words.Subject([], string.Empty));
        Assert.Equal("Geld en schulden", Words.Subject([], "geld"));
        Assert.Equal("Ander onderwerp (sport)", Words.Subject([], "sport"));
        Assert.Equal("Ander leefgebied (Sport), Wonen", Words.Subject(["Sport", "Wonen"], "geld"));
        Assert.Equal("Gegeven: iets", Words.Fact("Vreemd: iets"));
        Assert.Equal("Andere taal (pl)", Words.Language("pl"));
    }

    [Theory]
    [InlineData("pressure:\n  eviction: Uitzetting\n", "needs words for")]
    [InlineData("pressure:\n  fire: Brand\n", "'pressure.fire' is not a code the bot uses")]
    [InlineData("reasons:\n  pressure: \"Druk: {druk}\"\n", "uses {druk}")]
    [InlineData("colours:\n  red: rood\n", "unknown section(s) colours")]
    public void A_broken_words_file_stops_loading_with_a_message_an_editor_understands(string replacement, string expected)
    {
        var real = KnowledgeFolder.Locate(null, AppContext.BaseDirectory);
        using var copy = new KooAssistent.Testing.TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(copy.Path, "data"));
        var section = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var original = File.ReadAllText(Path.Combine(real.Root, SummaryWords.FileName));
        File.WriteAllText(Path.Combine(copy.Path, SummaryWords.FileName), Replace(original, section, replacement));

        var error = Assert.Throws<KnowledgeException>(() => SummaryWordsFile.Load(new KnowledgeFolder(copy.Path)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The file with one section replaced (or added, when it has no such section).</summary>
    private static string Replace(string yaml, string section, string replacement)
    {
        var lines = yaml.Split('\n').ToList();
        var start = lines.FindIndex(line => line == section + ":");
        if (start < 0)
        {
            return yaml + "\n" + replacement;
        }

        var end = lines.FindIndex(start + 1, line => line.Length > 0 && !line.StartsWith(' ') && !line.StartsWith('#'));
        lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
        lines.Insert(start, replacement);
        return string.Join('\n', lines);
    }
}
