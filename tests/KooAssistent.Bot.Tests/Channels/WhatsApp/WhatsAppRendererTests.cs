using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Tests.Channels.WhatsApp;

public sealed class WhatsAppRendererTests
{
    [Fact]
    public void Plain_text_becomes_one_text_message_with_markdown_made_readable()
    {
        var bodies = WhatsAppRenderer.Render(Activity.Message("**Let op:** bel [Geldfit](https://www.geldfit.nl) gratis."), "+31611111111");

        var body = Assert.Single(bodies);
        Assert.Equal("text", (string)body["type"]!);
        Assert.Equal("*Let op:* bel Geldfit (https://www.geldfit.nl) gratis.", (string)body["text"]!["body"]!);
    }

    [Fact]
    public void Text_over_4096_characters_is_split_at_sentence_ends()
    {
        var sentence = "Dit is een zin van gewone lengte voor een bewoner. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200));

        var bodies = WhatsAppRenderer.Render(Activity.Message(text), "+31611111111");

        Assert.True(bodies.Count >= 3);
        Assert.All(bodies, body => Assert.True(((string)body["text"]!["body"]!).Length <= WhatsAppRenderer.MaxTextLength));
        Assert.All(bodies, body => Assert.EndsWith(".", (string)body["text"]!["body"]!, StringComparison.Ordinal));
        Assert.Equal(text.Trim().Length, bodies.Sum(body => ((string)body["text"]!["body"]!).Length) + bodies.Count - 1);
    }

    [Fact]
    public void Up_to_three_short_choices_are_reply_buttons()
    {
        var bodies = WhatsAppRenderer.Render(WithChoices("Is dat goed?", "Ja, graag", "Nee, liever niet"), "+31611111111");

        var body = Assert.Single(bodies);
        Assert.Equal("button", (string)body["interactive"]!["type"]!);
        Assert.Equal(["Ja, graag", "Nee, liever niet"], body["interactive"]!["action"]!["buttons"]!.AsArray().Select(button => (string)button!["reply"]!["title"]!));
    }

    [Fact]
    public void Four_to_ten_choices_are_a_list_whose_row_ids_keep_the_full_title()
    {
        string[] titles = ["Geld en schulden", "Opvoeden", "Scheiden", "Eenzaamheid", "Een heel lang onderwerp dat niet in een rij past"];

        var body = Assert.Single(WhatsAppRenderer.Render(WithChoices("Waar gaat je vraag over?", titles), "+31611111111"));

        var rows = body["interactive"]!["action"]!["sections"]![0]!["rows"]!.AsArray();
        Assert.Equal("list", (string)body["interactive"]!["type"]!);
        Assert.Equal(titles, rows.Select(row => (string)row!["id"]!));
        Assert.All(rows, row => Assert.True(((string)row!["title"]!).Length <= WhatsAppRenderer.MaxRowTitle));
    }

    [Fact]
    public void More_than_ten_choices_are_numbered_lines()
    {
        var titles = Enumerable.Range(1, 12).Select(number => $"Onderwerp {number}").ToArray();

        var body = Assert.Single(WhatsAppRenderer.Render(WithChoices("Kies een onderwerp.", titles), "+31611111111"));

        Assert.Contains("12. Onderwerp 12", (string)body["text"]!["body"]!, StringComparison.Ordinal);
    }

    private static Activity WithChoices(string text, params string[] titles) =>
        Activity.Message(text) with { SuggestedActions = new SuggestedActions([.. titles.Select(CardAction.ImBack)]) };
}
