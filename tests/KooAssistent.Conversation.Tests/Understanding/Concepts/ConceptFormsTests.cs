using KooAssistent.Conversation.Understanding.Concepts;

namespace KooAssistent.Conversation.Tests.Understanding.Concepts;

public sealed class ConceptFormsTests
{
    [Theory]
    [InlineData("ik werk met cliënten met suïcidale gedachten")]
    [InlineData("ik werk met clienten met suicidale gedachten")]
    [InlineData("Ik werk met CLIËNTEN met Suïcidale gedachten")]
    public void A_form_written_with_accents_is_found_in_text_with_or_without_them(string message)
    {
        var vocabulary = new ConceptVocabulary(ConceptForms.Dutch("clients", "cliënten met suïcidale"));

        var hits = vocabulary.Find(ConceptText.Read(message));

        Assert.Contains(hits, hit => hit.Concept == "clients");
    }

    [Fact]
    public void A_prefix_written_with_accents_keeps_its_mark()
    {
        var vocabulary = new ConceptVocabulary(ConceptForms.Dutch("isolated", "geïsoleer*"));

        Assert.Contains(vocabulary.Find(ConceptText.Read("ik voel me zo geisoleerd")), hit => hit.Concept == "isolated");
        Assert.DoesNotContain(vocabulary.Find(ConceptText.Read("ik voel me zo alleen")), hit => hit.Concept == "isolated");
    }
}
