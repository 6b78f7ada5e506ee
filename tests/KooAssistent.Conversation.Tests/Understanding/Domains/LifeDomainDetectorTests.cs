using KooAssistent.Conversation.Understanding.Domains;

namespace KooAssistent.Conversation.Tests.Understanding.Domains;

public sealed class LifeDomainDetectorTests
{
    [Theory]
    [InlineData("ik heb schulden bij de zorgverzekeraar", "Geld")]
    [InlineData("ik heb 3 maanden huurachterstand", "Geld")]
    [InlineData("mijn zoon van 15 blowt", "OpvoedenGezin")]
    [InlineData("we gaan scheiden", "RelatieScheiding")]
    [InlineData("ik voel me zo eenzaam", "EenzaamheidSociaal")]
    [InlineData("ik ben al maanden clean maar ik voel dat ik weer ga gebruiken", "Gezondheid")]
    [InlineData("last spring I was diagnosed with multiple sclerosis", "Gezondheid")]
    [InlineData("I lost my contract at the warehouse", "Werk")]
    [InlineData("I haven't talked to anyone in weeks", "EenzaamheidSociaal")]
    [InlineData("ik ben mijn baan kwijt", "Werk")]
    [InlineData("ik zit thuis met een burn-out", "Gezondheid")]
    [InlineData("we worden uit huis gezet", "Wonen")]
    [InlineData("mijn ex bedreigd mij, ik voel me onveilig", "RelatieScheiding,Veiligheid")]
    [InlineData("I have debts and my landlord wants to evict us", "Geld,Wonen")]
    [InlineData("hoe vraag ik huurtoeslag aan", "Geld")]
    [InlineData("mijn zoon zit alleen maar op zijn kamer", "OpvoedenGezin")]
    [InlineData("mijn dochter is verslaafd aan haar telefoon", "OpvoedenGezin")]
    [InlineData("hoe vertel ik mijn zoon dat het niet zijn schuld is", "OpvoedenGezin")]
    [InlineData("ik voel me schuldig tegenover mijn dochter", "OpvoedenGezin")]
    [InlineData("mijn schuld bij de bank groeit", "Geld")]
    [InlineData("ze is 7 en wil niet meer alleen slapen", "OpvoedenGezin")]
    [InlineData("ik zorg voor mijn man met dementie en zie mijn vriendinnen nooit meer", "Gezondheid,EenzaamheidSociaal")]
    public void The_life_domains_of_a_message_are_found(string message, string expected)
    {
        var domains = LifeDomainDetector.Read(message).Domains.Select(found => found.Domain);

        Assert.Equal(expected.Split(','), domains);
    }

    [Theory]
    [InlineData("we worden over twee weken uit huis gezet", "eviction")]
    [InlineData("mijn uitkering is gestopt", "no-income")]
    [InlineData("de deurwaarder staat voor de deur", "bailiff")]
    [InlineData("het gas wordt volgende week afgesloten", "cut-off")]
    [InlineData("hij gaat al weken niet naar school", "child-out-of-school")]
    [InlineData("ik weet het echt niet meer", "overwhelmed")]
    [InlineData("ik weet echt niet wat ik moet doen", "overwhelmed")]
    [InlineData("daarom blijf ik vaak weg van school en nu belt school over verzuim", "child-out-of-school")]
    [InlineData("de kinderen hebben niks te eten", "no-food")]
    [InlineData("ik slaap bij vrienden op de bank", "homeless")]
    [InlineData("er ligt een dwangbevel van het waterschap", "bailiff")]
    [InlineData("I'm about to lose my room", "eviction")]
    [InlineData("ik raak in paniek van al die brieven", "overwhelmed")]
    public void Pressure_is_found_with_its_kind(string message, string kind)
    {
        Assert.Contains(LifeDomainDetector.Read(message).Pressure, signal => signal.Kind == kind);
    }

    [Theory]
    [InlineData("hoe vraag ik zorgtoeslag aan")]
    [InlineData("mijn peuter slaapt slecht")]
    [InlineData("waar vind ik een cursus opvoeden")]
    [InlineData("ik word gek van die toeslagen site")]
    [InlineData("het schoolreisje kost 95 euro en dat kan ik niet betalen")]
    public void An_ordinary_question_carries_no_pressure(string message)
    {
        Assert.Empty(LifeDomainDetector.Read(message).Pressure);
    }

    [Fact]
    public void Several_problems_under_pressure_in_the_development_set_add_up_to_a_case_for_the_Buurtteam()
    {
        // The lines labelled handoff that do not ask for a person and are not "not helped" twice: the tangles.
        var tangles = DevSet.All.Where(line => line.Route == "handoff" && line.Turns.Count <= 2
            && !line.Turns.Any(turn => KooAssistent.Conversation.Understanding.Acts.DialogueActDetector.Read(turn, "nl").AsksForPerson)).ToList();

        var missed = tangles.Where(line => !IsComplex(line.Turns)).Select(line => line.Id).ToList();

        Assert.True(tangles.Count >= 15, $"Only {tangles.Count} tangles.");
        Assert.True(missed.Count <= tangles.Count / 20, $"Missed: {string.Join(", ", missed)}");
    }

    private static bool IsComplex(IEnumerable<string> turns)
    {
        var readings = turns.Select(LifeDomainDetector.Read).ToList();
        var domains = readings.SelectMany(reading => reading.Domains).Select(found => found.Domain).Distinct().Count();
        var pressure = readings.Any(reading => reading.Pressure.Count > 0);
        return (domains >= 2 && pressure) || domains >= 3;
    }
}
