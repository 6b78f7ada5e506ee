using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Tests.Understanding.Safety;

public sealed class DangerReaderTests
{
    public static TheoryData<string, string> Firing()
    {
        var data = new TheoryData<string, string>();
        foreach (var (rule, fires, _) in DangerRuleCases.All)
        {
            foreach (var message in fires)
            {
                data.Add(rule, message);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Quiet()
    {
        var data = new TheoryData<string, string>();
        foreach (var (rule, _, quiet) in DangerRuleCases.All)
        {
            foreach (var message in quiet)
            {
                data.Add(rule, message);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Firing))]
    public void A_rule_fires_on_the_phenomenon_it_is_about_in_any_wording(string rule, string message)
    {
        var findings = DangerReader.Read(message, []);

        Assert.True(findings.Any(finding => finding.Rule == rule), $"'{rule}' did not fire; found: {string.Join(", ", findings)}");
    }

    [Theory]
    [MemberData(nameof(Quiet))]
    public void A_rule_stays_quiet_on_idiom_negation_and_other_meanings(string rule, string message)
    {
        var findings = DangerReader.Read(message, []);

        Assert.DoesNotContain(findings, finding => finding.Rule == rule);
    }

    [Fact]
    public void Every_rule_has_cases_that_fire_and_cases_that_stay_quiet()
    {
        var covered = DangerRuleCases.All.Where(cases => cases.Fires.Length > 0 && cases.Quiet.Length > 0).Select(cases => cases.Rule).ToHashSet();
        var certain = DangerRules.All.Where(rule => rule.Certain).Select(rule => rule.Rule.Name);

        Assert.DoesNotContain(certain, name => !covered.Contains(name));
    }

    [Fact]
    public void A_finding_names_its_kind_rule_and_concepts_but_not_the_words()
    {
        var finding = Assert.Single(DangerReader.Read("mijn man slaat me", []), found => found.Rule == "hit-me");

        Assert.Equal(DangerKind.DomesticViolence, finding.Kind);
        Assert.True(finding.Certain);
        Assert.Contains("hit", finding.Concepts);
        Assert.Contains("me", finding.Concepts);
        Assert.DoesNotContain("slaat", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Danger_told_over_two_messages_is_found_in_the_second()
    {
        var findings = DangerReader.Read("vanavond neem ik ze allemaal in een keer", ["ik heb een hele doos slaappillen thuis"]);

        Assert.Contains(findings, finding => finding.Kind == DangerKind.Suicide);
    }

    [Fact]
    public void An_earlier_danger_is_not_reported_again_for_a_harmless_message()
    {
        Assert.Empty(DangerReader.Read("hoe vraag ik huurtoeslag aan", ["ik wil niet meer leven"]));
    }

    [Fact]
    public void Possible_danger_is_not_certain()
    {
        var findings = DangerReader.Read("ik ben bang voor hem", []);

        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.False(finding.Certain));
    }

    [Theory]
    [InlineData("opgeslote")]
    [InlineData("ademd")]
    public void A_misspelt_key_word_is_still_read(string misspelt)
    {
        var message = misspelt == "ademd" ? "mijn man ademd niet meer" : "mijn zoon is opgeslote in de kast door zijn vader";

        Assert.NotEmpty(DangerReader.Read(message, []));
    }

    [Theory]
    [InlineData("ik ben gestopt met werken en mijn baby slaapt alleen op mijn arm")]
    [InlineData("het eten is aangebrand, de rookmelder ging af, alles goed hoor")]
    public void A_real_Dutch_word_is_never_repaired_into_a_dangerous_one(string message)
    {
        Assert.Empty(DangerReader.Read(message, []));
    }

    [Fact]
    public void Random_and_very_long_input_is_read_without_error()
    {
        var random = new Random(11);
        var noise = new string(Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(1, 0xD7FF)).ToArray());

        Assert.NotNull(DangerReader.Read(noise, [noise]));
    }
}
