using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class AgeRecognitionTests
{
    [Theory]
    [InlineData("mijn zoon van 15", "nl", 15, AgeSubject.Child)]
    [InlineData("dochter van 8 jaar", "nl", 8, AgeSubject.Child)]
    [InlineData("mijn dochter van acht", "nl", 8, AgeSubject.Child)]
    [InlineData("ik ben 67", "nl", 67, AgeSubject.Self)]
    [InlineData("ik ben 67 jaar", "nl", 67, AgeSubject.Self)]
    [InlineData("ik ben 16 en zwanger", "nl", 16, AgeSubject.Self)]
    [InlineData("ik ben een vrouw van 45", "nl", 45, AgeSubject.Self)]
    [InlineData("mijn moeder (82)", "nl", 82, AgeSubject.Other)]
    [InlineData("mijn moeder van 82", "nl", 82, AgeSubject.Other)]
    [InlineData("mijn man is 45", "nl", 45, AgeSubject.Other)]
    [InlineData("mijn zoon is nu 15 jaar oud", "nl", 15, AgeSubject.Child)]
    [InlineData("15-jarige", "nl", 15, AgeSubject.Unknown)]
    [InlineData("15 jarige", "nl", 15, AgeSubject.Unknown)]
    [InlineData("mijn 15-jarige zoon", "nl", 15, AgeSubject.Child)]
    [InlineData("a 15 year old", "en", 15, AgeSubject.Unknown)]
    [InlineData("my 15-year-old daughter", "en", 15, AgeSubject.Child)]
    [InlineData("my son is 15", "en", 15, AgeSubject.Child)]
    [InlineData("I'm 67", "en", 67, AgeSubject.Self)]
    [InlineData("I am 67 years old", "en", 67, AgeSubject.Self)]
    [InlineData("my mother (82)", "en", 82, AgeSubject.Other)]
    public void An_age_says_whose_it_is_when_the_words_do(string text, string language, int years, AgeSubject subject)
    {
        var age = Recognize.Single(EntityKind.Age, text, language);

        Assert.Equal(new AgeValue(years, subject), age.Value);
    }

    [Theory]
    [InlineData("moeder van 3 kinderen")]
    [InlineData("ik ben moeder van 2")]
    [InlineData("ik ben 3 maanden zwanger")]
    [InlineData("ik ben 3 jaar werkloos")]
    [InlineData("ik ben 1000 euro kwijt")]
    [InlineData("ik ben 1 van de 5")]
    [InlineData("een schuld van 15")]
    [InlineData("mijn zoon van 200")]
    public void Counts_amounts_and_durations_are_not_ages(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.Age, text));
    }

    [Fact]
    public void Children_of_several_ages_each_get_one()
    {
        var ages = Recognize.Of(EntityKind.Age, "mijn kinderen van 4, 6 en 9");

        Assert.Equal([4, 6, 9], ages.Select(age => ((AgeValue)age.Value).Years));
        Assert.All(ages, age => Assert.Equal(AgeSubject.Child, ((AgeValue)age.Value).Subject));
    }

    [Fact]
    public void The_age_covers_the_person_so_it_wins_over_the_duration_inside_it()
    {
        var entity = Assert.Single(Recognize.All("dochter van 8 jaar"));

        Assert.Equal(EntityKind.Age, entity.Kind);
        Assert.Equal("dochter van 8 jaar", entity.Text);
    }
}
