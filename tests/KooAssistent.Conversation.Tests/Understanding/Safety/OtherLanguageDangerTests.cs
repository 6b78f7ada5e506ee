using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Tests.Understanding.Safety;

/// <summary>Danger told in Turkish, Polish or Somali, alone or inside a Dutch sentence, gets the help of its kind.</summary>
public sealed class OtherLanguageDangerTests
{
    [Theory]
    [InlineData("kendimi kestim dün gece, niemand weet het", DangerKind.SelfHarm)]
    [InlineData("tnę się od miesiąca", DangerKind.SelfHarm)]
    [InlineData("znowu się tnę, elke avond", DangerKind.SelfHarm)]
    [InlineData("moja siostra tnie się żyletką elke avond", DangerKind.SelfHarm)]
    [InlineData("mój brat pociął się wczoraj", DangerKind.SelfHarm)]
    [InlineData("annem göğsü ağrıyor diyor en ze is heel bleek", DangerKind.Medical)]
    [InlineData("mój mąż mówi, że boli go w klatce", DangerKind.Medical)]
    [InlineData("szef zabrał nam wszystkie paszporty", DangerKind.DomesticViolence)]
    [InlineData("ik kan niet meer, waxaan rabaa inaan is dilo", DangerKind.Suicide)]
    [InlineData("komşunun oğlu beni zorladı, annem bilmesin", DangerKind.SexualViolence)]
    public void Danger_in_another_language_is_found_with_its_kind(string message, DangerKind kind)
    {
        Assert.Contains(OtherLanguageDanger.Read(message), finding => finding.Kind == kind);
    }

    [Theory]
    [InlineData("pasaport başvurusu nasıl yapılır")]
    [InlineData("potrzebuję nowego paszportu, gdzie to załatwić")]
    [InlineData("tnie się chleb nożem do chleba")]
    [InlineData("ders için zorladı mı diye sordum, öğretmen çok zor bir sınav verdi")]
    public void An_ordinary_question_in_another_language_is_not_danger(string message)
    {
        Assert.Empty(OtherLanguageDanger.Read(message));
    }
}
