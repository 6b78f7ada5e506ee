using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class EmailRecognitionTests
{
    [Theory]
    [InlineData("mail naar jan@koo.nl", "jan@koo.nl", "jan@koo.nl")]
    [InlineData("Jan.de.Vries+post@Gmail.COM.", "Jan.de.Vries+post@Gmail.COM", "jan.de.vries+post@gmail.com")]
    [InlineData("(info@buurtteams-denbosch.nl)", "info@buurtteams-denbosch.nl", "info@buurtteams-denbosch.nl")]
    [InlineData("mijn mail: r.özdemir@outlook.com, bedankt", "r.özdemir@outlook.com", "r.özdemir@outlook.com")]
    [InlineData("0612345678@hotmail.com", "0612345678@hotmail.com", "0612345678@hotmail.com")]
    public void An_email_address_is_found_without_the_punctuation_around_it(string text, string found, string normalized)
    {
        var email = Recognize.Single(EntityKind.Email, text);

        Assert.Equal(found, email.Text);
        Assert.Equal(normalized, email.Value.Normalized);
    }

    [Theory]
    [InlineData("@koo")]
    [InlineData("jan@")]
    [InlineData("jan@koo")]
    [InlineData("jan @ koo.nl")]
    [InlineData("jan@koo.1")]
    [InlineData("ik zit @ home")]
    public void Half_addresses_and_mentions_are_not_email(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.Email, text));
    }
}
