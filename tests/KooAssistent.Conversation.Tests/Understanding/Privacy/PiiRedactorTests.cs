using KooAssistent.Conversation.Understanding.Privacy;
using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Privacy;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("mijn bsn is 111222333", "mijn bsn is [BSN]", EntityKind.Bsn)]
    [InlineData("BSN: 123.456.782.", "BSN: [BSN].", EntityKind.Bsn)]
    [InlineData("mijn bsn is 123456789", "mijn bsn is [BSN]", EntityKind.Bsn)]
    [InlineData("burgerservicenummer: 123 456 789", "burgerservicenummer: [BSN]", EntityKind.Bsn)]
    [InlineData("iban NL91ABNA0417164300 graag", "iban [IBAN] graag", EntityKind.Iban)]
    [InlineData("NL91 ABNA 0417 1643 00", "[IBAN]", EntityKind.Iban)]
    [InlineData("rek nl91abna0417164301", "rek [IBAN]", EntityKind.Iban)]
    [InlineData("DE89370400440532013000", "[IBAN]", EntityKind.Iban)]
    [InlineData("bel me op 06-12345678", "bel me op [TELEFOON]", EntityKind.PhoneNumber)]
    [InlineData("+31 6 12345678!", "[TELEFOON]!", EntityKind.PhoneNumber)]
    [InlineData("bel 073 206 88 88", "bel [TELEFOON]", EntityKind.PhoneNumber)]
    [InlineData("mail jan.jansen@gmail.com", "mail [E-MAIL]", EntityKind.Email)]
    [InlineData("ik woon op 5211 AB 12-3", "ik woon op [ADRES]", EntityKind.Address)]
    [InlineData("Hoofdstraat 12, 5211 AB", "Hoofdstraat [ADRES]", EntityKind.Address)]
    [InlineData("pas 4111 1111 1111 1111", "pas [BETAALKAART]", EntityKind.CardNumber)]
    public void Personal_data_is_replaced_by_a_typed_placeholder(string text, string expected, EntityKind kind)
    {
        var result = PiiRedactor.Redact(text);

        Assert.Equal(expected, result.Text);
        Assert.Equal([kind], result.Found);
        Assert.True(result.HasPersonalData);
    }

    [Theory]
    [InlineData("bel 112")]
    [InlineData("bel 113 of 0800-0113")]
    [InlineData("politie 0900-8844")]
    [InlineData("ik woon in 5211 AB")]
    [InlineData("ordernummer 123456789")]
    [InlineData("klantnummer 111222334")]
    [InlineData("ik heb €1250,- schuld sinds 1 maart")]
    [InlineData("mijn zoon van 15")]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("NL91ABNA041716430")]
    [InlineData("")]
    public void Help_lines_postcodes_amounts_and_failed_checks_stay(string text)
    {
        var result = PiiRedactor.Redact(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Found);
        Assert.False(result.HasPersonalData);
    }

    [Fact]
    public void Several_kinds_are_all_redacted_and_each_reported_once_in_order()
    {
        var result = PiiRedactor.Redact("bsn 111222333, tel 0612345678 en 06-87654321, mail a@b.nl, iban NL91ABNA0417164300; bel anders 112");

        Assert.Equal("bsn [BSN], tel [TELEFOON] en [TELEFOON], mail [E-MAIL], iban [IBAN]; bel anders 112", result.Text);
        Assert.Equal([EntityKind.Bsn, EntityKind.PhoneNumber, EntityKind.Email, EntityKind.Iban], result.Found);
    }

    [Fact]
    public void What_the_worker_needs_survives_redaction()
    {
        var result = PiiRedactor.Redact("ik heb al 3 maanden huurachterstand van €1250,- en mijn bsn is 111222333");

        Assert.Equal("ik heb al 3 maanden huurachterstand van €1250,- en mijn bsn is [BSN]", result.Text);
    }
}
