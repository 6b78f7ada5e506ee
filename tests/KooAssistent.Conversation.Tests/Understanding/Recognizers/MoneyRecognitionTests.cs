using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class MoneyRecognitionTests
{
    [Theory]
    [InlineData("€ 1.250,-", "1250")]
    [InlineData("€1.250,--", "1250")]
    [InlineData("€1250", "1250")]
    [InlineData("€ 1250", "1250")]
    [InlineData("1250 euro", "1250")]
    [InlineData("1250 Euro", "1250")]
    [InlineData("1.250 EUR", "1250")]
    [InlineData("EUR 1.250", "1250")]
    [InlineData("1250,-", "1250")]
    [InlineData("1250€", "1250")]
    [InlineData("€1,250", "1250")]
    [InlineData("€ 12,50", "12.50")]
    [InlineData("€12.50", "12.50")]
    [InlineData("€ 1.250,50", "1250.50")]
    [InlineData("3k", "3000")]
    [InlineData("3K euro", "3000")]
    [InlineData("3,5k", "3500")]
    [InlineData("drieduizend euro", "3000")]
    [InlineData("twee ton", "200000")]
    [InlineData("een ton", "100000")]
    [InlineData("anderhalve ton", "150000")]
    [InlineData("12 euro 50", "12.50")]
    [InlineData("12 euro en 50 cent", "12.50")]
    [InlineData("vijftig euro", "50")]
    [InlineData("een euro", "1")]
    [InlineData("50 cent", "0.50")]
    [InlineData("2 miljoen euro", "2000000")]
    [InlineData("fifty euros", "50")]
    public void An_amount_is_read_in_euros_however_it_is_written(string text, string expected)
    {
        var money = Recognize.Single(EntityKind.Money, text, "");

        Assert.Equal(Recognize.Decimal(expected), ((MoneyValue)money.Value).Euros);
        Assert.Equal(text, money.Text);
    }

    [Theory]
    [InlineData("ik heb 1250")]
    [InlineData("$50")]
    [InlineData("£ 20")]
    [InlineData("een paar euro")]
    [InlineData("de euro is gedaald")]
    public void A_number_without_a_currency_or_another_currency_is_not_money(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.Money, text));
    }

    [Fact]
    public void Money_wins_over_the_bare_number_inside_it()
    {
        var entity = Assert.Single(Recognize.All("schuld van €1250,-"));

        Assert.Equal(EntityKind.Money, entity.Kind);
        Assert.Equal("€1250,-", entity.Text);
        Assert.Equal("EUR 1250.00", entity.Value.Normalized);
    }
}
