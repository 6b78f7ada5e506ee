using KooAssistent.Conversation.Dialog.Triage;

namespace KooAssistent.Conversation.Tests.Dialog.Triage;

public sealed class DetectorMessageReaderTests
{
    private static readonly DetectorMessageReader Reader = new();

    [Theory]
    [InlineData("vanaf vrijdag hoeven ze niet meer op mij te rekenen, ik heb de sleutels al bij de buren gelegd")]
    [InlineData("na morgen hoef ik me nergens meer druk om te maken, dan is het klaar")]
    public void Danger_in_words_no_lexicon_holds_asks_whether_the_resident_is_in_danger(string message)
    {
        var reading = Reader.Read(message, []);

        Assert.Empty(reading.Crisis);
        Assert.Contains(reading.PossibleDanger, finding => finding.Evidence.StartsWith("classifier-without-concepts:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hoe vraag ik huurtoeslag aan")]
    [InlineData("ik ben in 2015 door mijn ex mishandeld, nu wil ik graag nieuwe mensen leren kennen")]
    [InlineData("mijn zoon van 15 komt soms dronken thuis, hoe praat ik daarover zonder dat het escaleert?")]
    public void An_ordinary_question_or_a_past_event_raises_no_danger(string message)
    {
        var reading = Reader.Read(message, []);

        Assert.Empty(reading.Crisis);
        Assert.Empty(reading.PossibleDanger);
    }

    [Fact]
    public void A_crisis_the_rules_find_is_not_asked_about_as_well()
    {
        var reading = Reader.Read("ik wil niet meer leven", []);

        Assert.NotEmpty(reading.Crisis);
        Assert.DoesNotContain(reading.PossibleDanger, finding => finding.Evidence.StartsWith("classifier-without-concepts:", StringComparison.Ordinal));
    }
}
