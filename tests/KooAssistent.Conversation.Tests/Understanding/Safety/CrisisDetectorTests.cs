using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Tests.Understanding.Safety;

public sealed class CrisisDetectorTests
{
    [Theory]
    [InlineData("ik denk aan zelfmoord", SafetyConcern.Suicide)]
    [InlineData("ZELFMOORT", SafetyConcern.Suicide)]
    [InlineData("soms heb ik suicidale gedachten", SafetyConcern.Suicide)]
    [InlineData("ik wil echt dood", SafetyConcern.Suicide)]
    [InlineData("ik wil niet meer leven", SafetyConcern.Suicide)]
    [InlineData("ik wil er niet meer zijn", SafetyConcern.Suicide)]
    [InlineData("het is beter als ik er niet meer ben", SafetyConcern.Suicide)]
    [InlineData("niemand zou me missen", SafetyConcern.Suicide)]
    [InlineData("ik zie geen uitweg meer met al die schulden", SafetyConcern.Suicide)]
    [InlineData("ik maak er vanavond een einde aan", SafetyConcern.Suicide)]
    [InlineData("ik wil een eind aan mijn leven maken", SafetyConcern.Suicide)]
    [InlineData("ik snij mezelf", SafetyConcern.Suicide)]
    [InlineData("mijn dochter wil zichzelf iets aandoen", SafetyConcern.Suicide)]
    [InlineData("ik heb al pillen gespaard", SafetyConcern.Suicide)]
    [InlineData("I want to kill myself", SafetyConcern.Suicide)]
    [InlineData("i wanna die", SafetyConcern.Suicide)]
    [InlineData("i see no way out", SafetyConcern.Suicide)]
    [InlineData("everyone would be better off without me", SafetyConcern.Suicide)]
    [InlineData("i have been cutting myself", SafetyConcern.Suicide)]
    [InlineData("ik heb te veel pillen genomen", SafetyConcern.Medical)]
    [InlineData("mijn vader reageert niet meer", SafetyConcern.Medical)]
    [InlineData("hij ademt niet!!", SafetyConcern.Medical)]
    [InlineData("my friend took an overdose", SafetyConcern.Medical)]
    [InlineData("mijn vriend slaat me", SafetyConcern.Violence)]
    [InlineData("hij heeft gedreigd me iets aan te doen", SafetyConcern.Violence)]
    [InlineData("mijn ex bedreigt me al weken", SafetyConcern.Violence)]
    [InlineData("hij zegt dat hij me gaat vermoorden", SafetyConcern.Violence)]
    [InlineData("er loopt een man met een mes door de straat", SafetyConcern.Violence)]
    [InlineData("my partner hits me", SafetyConcern.Violence)]
    [InlineData("ik ben thuis niet veilig bij hem", SafetyConcern.Violence)]
    [InlineData("de moeder van hiernaast slaat haar kinderen", SafetyConcern.ChildHarmed)]
    [InlineData("ik denk dat de buren hun baby verwaarlozen, de vader mishandelt zijn zoon", SafetyConcern.ChildHarmed)]
    [InlineData("mijn stiefvader slaat mij", SafetyConcern.ChildHarmed)]
    [InlineData("ik ben aangerand in de trein", SafetyConcern.SexualViolence)]
    [InlineData("mijn nichtje is verkracht", SafetyConcern.SexualViolence)]
    [InlineData("my uncle molested me", SafetyConcern.SexualViolence)]
    [InlineData("iemand chanteert mijn zoon met naaktfoto's", SafetyConcern.SexualViolence)]
    [InlineData("ik zie het echt niet meer zitten", SafetyConcern.Suicide)]
    [InlineData("soms denk ik dat iedereen beter af is als ik er gewoon niet meer zou zijn", SafetyConcern.Suicide)]
    [InlineData("ik wil echt nie meer lveen", SafetyConcern.Suicide)]
    [InlineData("ik wil niet meer levn", SafetyConcern.Suicide)]
    [InlineData("ik heb een afscheitsbrief geschreven", SafetyConcern.Suicide)]
    [InlineData("welke slaappillen zijn genoeg om nooit meer op te staan en dood te gaan", SafetyConcern.Suicide)]
    [InlineData("ik wil van de brug af springen", SafetyConcern.Suicide)]
    [InlineData("mijn zoon schreef dat hij wou dat hij dood was", SafetyConcern.Suicide)]
    [InlineData("ik zag sneetjes op haar pols", SafetyConcern.Suicide)]
    [InlineData("mijn dochter krast zichzelf met een schaar", SafetyConcern.Suicide)]
    [InlineData("mijn ex zegt dat hij me komt afmaken", SafetyConcern.Violence)]
    [InlineData("mijn vriend pakte een mes in de keuken en schreeuwde", SafetyConcern.Violence)]
    [InlineData("ik word thuis geslagen door mijn broer", SafetyConcern.Violence)]
    [InlineData("hij heeft me bij mijn keel gegrepen", SafetyConcern.Violence)]
    [InlineData("de buurman doet dingen met mij die ik niet wil", SafetyConcern.SexualViolence)]
    [InlineData("iemand op snap dreigt mijn naaktfotos aan iedereen door te sturen", SafetyConcern.SexualViolence)]
    [InlineData("he says he will post my nudes online", SafetyConcern.SexualViolence)]
    public void A_message_in_danger_is_detected_with_its_kind_and_evidence(string message, SafetyConcern expected)
    {
        var reading = CrisisDetector.Read(message, []);

        var signal = Assert.Single(reading.Signals, signal => signal.Concern == expected);
        Assert.NotEmpty(signal.Evidence);
    }

    [Theory]
    [InlineData("ik ga dood van het lachen")]
    [InlineData("mijn telefoon is dood")]
    [InlineData("ik word gek van die toeslagen")]
    [InlineData("die rekening slaat nergens op")]
    [InlineData("ik schrik me dood van de energierekening")]
    [InlineData("ik schaam me dood voor mijn schulden")]
    [InlineData("ik verveel me dood op zondag")]
    [InlineData("doodmoe ben ik van de nachtdiensten")]
    [InlineData("dodelijk saai die formulieren")]
    [InlineData("mijn puber slaat de deur dicht")]
    [InlineData("ik zou hem wel kunnen vermoorden, hij is weer te laat")]
    [InlineData("the bills are killing me")]
    [InlineData("this deadline is killing me")]
    [InlineData("ik ben kapot na een dag werken")]
    [InlineData("mijn oma is vorig jaar dood gegaan")]
    [InlineData("de deurwaarder dreigt met beslag op mijn loon")]
    [InlineData("mijn batterij is bijna leeg")]
    [InlineData("ik heb geen zin meer in die formulieren")]
    [InlineData("hoe vraag ik huurtoeslag aan")]
    [InlineData("mijn zoon heeft geen zin meer in school")]
    [InlineData("mijn peuter slaat zijn broertje als hij boos is")]
    [InlineData("mijn hond is dood en nu ben ik alleen")]
    [InlineData("we maken een einde aan onze relatie")]
    [InlineData("ik wil stoppen met mijn baan")]
    [InlineData("ik heb een brief gekregen over de afvalstoffenheffing")]
    [InlineData("my phone died")]
    [InlineData("i am dying to know how toeslagen work")]
    [InlineData("ik wil niet meer lenen bij de bank")]
    [InlineData("mijn zoon wil niet meer lezen")]
    [InlineData("ik wil niet meer geven aan goede doelen")]
    [InlineData("de thuiszorg doet dingen bij mij in huis")]
    [InlineData("mijn kind wil niet meer naar zwemles, hij ziet het niet zitten")]
    [InlineData("ik ben er niet meer geweest sinds de scheiding")]
    [InlineData("ik heb krassen op mijn auto")]
    public void Everyday_idiom_and_ordinary_questions_do_not_fire(string message)
    {
        var reading = CrisisDetector.Read(message, []);

        Assert.False(reading.IsCrisis, string.Join("; ", reading.Signals));
    }

    [Fact]
    public void A_danger_split_over_two_messages_is_found_in_the_second()
    {
        var reading = CrisisDetector.Read("vanavond neem ik ze allemaal in", ["ik heb een hele doos slaappillen thuis"]);

        Assert.True(reading.IsCrisis);
    }

    [Fact]
    public void An_earlier_signal_alone_is_not_reported_again_for_a_harmless_message()
    {
        var reading = CrisisDetector.Read("hoe vraag ik huurtoeslag aan", ["ik wil niet meer leven"]);

        Assert.False(reading.IsCrisis);
    }

    [Theory]
    [InlineData("ik ben 12 en mijn vader slaat mij", true)]
    [InlineData("ik zit in groep 8 en word gepest", true)]
    [InlineData("im 14 and my mum hits me", true)]
    [InlineData("mijn zoon van 12 wordt gepest", false)]
    public void A_writer_who_is_a_child_is_recognised_for_the_Kindertelefoon(string message, bool child)
    {
        Assert.Equal(child, CrisisDetector.Read(message, []).WriterMayBeChild);
    }

    [Fact]
    public void Random_and_very_long_input_is_read_without_error()
    {
        var random = new Random(11);
        var noise = new string(Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(1, 0xD7FF)).ToArray());

        var reading = CrisisDetector.Read(noise, [noise]);

        Assert.NotNull(reading);
    }
}
