using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

/// <summary>Whole messages the way residents write them, and how overlapping readings are settled.</summary>
public sealed class ResidentSentenceTests
{
    [Fact]
    public void Rent_arrears_a_duration_and_a_child_come_out_as_facts_for_the_worker()
    {
        const string text = "ik heb al 3 maanden huurachterstand van €1250,- en mijn zoon van 15 gaat niet naar school";

        var entities = Recognize.All(text);

        Assert.Equal(
            [
                (EntityKind.Duration, "al 3 maanden", "P3M"),
                (EntityKind.Money, "€1250,-", "EUR 1250.00"),
                (EntityKind.Age, "zoon van 15", "15"),
            ],
            entities.Select(entity => (entity.Kind, entity.Text, entity.Value.Normalized)));
        Assert.Equal(AgeSubject.Child, ((AgeValue)entities[2].Value).Subject);
    }

    [Theory]
    [InlineData("bel me op 06-12345678", EntityKind.PhoneNumber, "06-12345678")]
    [InlineData("mijn bsn is 111222333", EntityKind.Bsn, "111222333")]
    [InlineData("mn iban is NL91ABNA0417164300 toch?", EntityKind.Iban, "NL91ABNA0417164300")]
    [InlineData("woon op 5211AB 12", EntityKind.Address, "5211AB 12")]
    [InlineData("schuld van twee ton bij de bank", EntityKind.Money, "twee ton")]
    [InlineData("HELP IK MOET OVERMORGEN ERUIT", EntityKind.Date, "OVERMORGEN")]
    [InlineData("deurwaarder komt   volgende  week!!", EntityKind.Date, "volgende  week")]
    [InlineData("mn moeder (82) woont alleen", EntityKind.Age, "moeder (82)")]
    [InlineData("I have been behind on rent for 3 months", EntityKind.Duration, "for 3 months")]
    [InlineData("my son is 15 and does not go to school", EntityKind.Age, "son is 15")]
    [InlineData("they will evict me in two months", EntityKind.Date, "in two months")]
    [InlineData("I owe €3.400 to the energy company", EntityKind.Money, "€3.400")]
    public void One_fact_is_found_in_a_typical_message(string text, EntityKind kind, string found)
    {
        var entity = Assert.Single(Recognize.All(text, string.Empty));

        Assert.Equal((kind, found), (entity.Kind, entity.Text));
    }

    [Fact]
    public void Entities_come_out_in_the_order_they_were_typed()
    {
        var entities = Recognize.All("morgen bel ik 0800-0113, mail naar a@b.nl of kom op 1 maart langs met €50");

        Assert.Equal(
            [EntityKind.Date, EntityKind.PhoneNumber, EntityKind.Email, EntityKind.Date, EntityKind.Money],
            entities.Select(entity => entity.Kind));
        Assert.Equal(entities.OrderBy(entity => entity.Start), entities);
    }

    [Fact]
    public void Overlapping_readings_leave_no_overlaps()
    {
        var entities = Recognize.All("op 01-03-2027 betaal ik € 1.250,50 via NL91 ABNA 0417 1643 00 aan 5211 AB 12, bel 073 206 88 88");

        Assert.Equal(
            [EntityKind.Date, EntityKind.Money, EntityKind.Iban, EntityKind.Address, EntityKind.PhoneNumber],
            entities.Select(entity => entity.Kind));
        Assert.All(entities.Zip(entities.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Recognition_is_the_same_every_time()
    {
        const string text = "al 2 jaar schulden, 3k bij de bank, zoon van 12, bel 06 1234 5678 of mail jan@x.nl";

        Assert.Equal(Recognize.All(text), Recognize.All(text));
    }
}
