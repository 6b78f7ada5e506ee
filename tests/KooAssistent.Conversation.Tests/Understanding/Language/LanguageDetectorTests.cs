using KooAssistent.Conversation.Understanding.Language;

namespace KooAssistent.Conversation.Tests.Understanding.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("hoi", "nl")]
    [InlineData("hallo ik heb een vraag", "nl")]
    [InlineData("schulden", "nl")]
    [InlineData("ik heb schulde en weet nie wat ik moet doen", "nl")]
    [InlineData("mn zoon wil nie naar school", "nl")]
    [InlineData("hi", "en")]
    [InlineData("hello", "en")]
    [InlineData("thanks", "en")]
    [InlineData("I have schulden and I do not know what to do", "en")]
    [InlineData("how do i apply for toeslagen", "en")]
    [InlineData("my son does not want to go to school", "en")]
    [InlineData("Dzień dobry, mam pytanie o pomoc", "pl")]
    [InlineData("merhaba, borç için yardım istiyorum", "tr")]
    [InlineData("مرحبا، أحتاج إلى مساعدة", "ar")]
    [InlineData("Привет, мне нужна помощь", "ru")]
    [InlineData("Привіт, мені потрібна допомога", "uk")]
    [InlineData("ich habe Schulden und brauche Hilfe", "de")]
    public void The_language_of_a_short_message_is_recognised(string message, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(message).Code);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("ok")]
    [InlineData("xyzzy")]
    public void A_message_that_could_be_either_is_Dutch_but_not_confidently(string message)
    {
        var guess = LanguageDetector.Detect(message);

        Assert.Equal("nl", guess.Code);
        Assert.False(guess.IsConfident);
    }

    [Theory]
    [InlineData("😀😀")]
    [InlineData("12345")]
    [InlineData("")]
    public void A_message_without_words_has_no_language(string message)
    {
        Assert.Equal("unknown", LanguageDetector.Detect(message).Code);
    }

    [Fact]
    public void The_English_lines_of_the_development_set_are_read_as_English()
    {
        var english = DevSet.All.Where(line => line.Id.Contains("-en-", StringComparison.Ordinal)).ToList();

        var wrong = english.Where(line => LanguageDetector.Detect(line.Turns[^1]).Code != "en").Select(line => line.Id).ToList();

        Assert.True(english.Count >= 40);
        Assert.True(wrong.Count <= english.Count / 20, $"Not read as English: {string.Join(", ", wrong)}");
    }
}
