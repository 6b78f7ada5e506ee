using System.Diagnostics;
using System.Text;
using KooAssistent.Conversation.Understanding.Privacy;
using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

/// <summary>Whatever a resident (or an attacker) sends, recognition and redaction answer, and answer quickly.</summary>
[Collection(ProcessorTimeGroup.Name)]
public sealed class RobustnessTests
{
    // Pieces that drive every recognizer into its edge cases when glued together at random.
    private static readonly string[] Fragments =
    [
        "€", "1.250", ",-", "12,50", "3k", "euro", "ton", "twee", "en", "half", "een", "honderd", "duizend", "miljoen", "anderhalf",
        "maart", "1e", "01-03-", "2027", "/", "maandag", "volgende", "week", "eind", "van", "de", "maand", "over", "geleden", "ago",
        "zoon", "(", ")", "15", "-jarige", "ik", "ben", "jaar", "oud", "06", "-", "+31", "(0)", "0031", "112", "0800", "@", ".", "nl",
        "5211", "AB", "SS", "hs", "NL91", "ABNA", "0417", "1643", "00", "4111", "1111", "111222333", "bsn", ":", " ", "  ", "\n",
        "tweeënhalf", "😢", "\u0301", "\ud83d", "\udc4d", "ﬁ", "１２", "\u00a0", "–", "İ", "ß", "٣", "9999999999999999999999999999999",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_messages_never_throw_and_give_consistent_spans(int seed)
    {
        var random = new Random(seed);
        for (var message = 0; message < 40; message++)
        {
            var text = RandomMessage(random);
            foreach (var language in new[] { "nl", "en", "", "pl" })
            {
                var entities = new EntityRecognizer().Recognize(text, new RecognitionContext(language, RandomDate(random)));

                Assert.All(entities, entity => Assert.Equal(text.Substring(entity.Start, entity.Length), entity.Text));
                Assert.All(entities.Zip(entities.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
            }

            var redacted = PiiRedactor.Redact(text);
            Assert.NotNull(redacted.Text);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\ud800")]
    [InlineData("\udfff\ud800")]
    [InlineData("\uffff\ufffe\u0000")]
    [InlineData("😢😢😢")]
    [InlineData("€")]
    [InlineData("@")]
    [InlineData("@@@@.nl")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("1")]
    [InlineData("en")]
    [InlineData("a")]
    [InlineData("NL")]
    [InlineData("5211")]
    [InlineData("5211 A")]
    [InlineData("twintig dertig veertig")]
    [InlineData("duizend miljoen miljard")]
    [InlineData("999999999999999999999999999999999999 euro")]
    [InlineData("99999999999 miljard euro")]
    [InlineData("over 99999999999 jaar")]
    [InlineData("mijn zoon van 99999999999")]
    public void Edge_inputs_never_throw(string text)
    {
        var exception = Record.Exception(() =>
        {
            new EntityRecognizer().Recognize(text, new RecognitionContext("", DateOnly.MinValue));
            new EntityRecognizer().Recognize(text, new RecognitionContext("en", DateOnly.MaxValue));
            PiiRedactor.Redact(text);
        });

        Assert.Null(exception);
    }

    [Fact]
    public void A_very_long_message_is_handled_in_linear_time()
    {
        var random = new Random(42);
        var text = new StringBuilder();
        while (text.Length < 200_000)
        {
            text.Append(Fragments[random.Next(Fragments.Length)]).Append(' ');
        }

        var pathological = new string('1', 100_000) + new string('a', 100_000) + string.Concat(Enumerable.Repeat("a@", 50_000)) + string.Concat(Enumerable.Repeat("1 ", 50_000));

        // The process's own CPU time, not the wall clock: a busy machine (CI runs test projects side by side) slows
        // the wall clock, not the work. Quadratic behaviour on 400,000 characters costs minutes; linear, well under a second.
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        new EntityRecognizer().Recognize(text.ToString(), new RecognitionContext("", Recognize.Today));
        new EntityRecognizer().Recognize(pathological, new RecognitionContext("", Recognize.Today));
        PiiRedactor.Redact(pathological);
        var spent = Process.GetCurrentProcess().TotalProcessorTime - before;

        Assert.True(spent < TimeSpan.FromSeconds(10), $"took {spent} of processor time");
    }

    private static string RandomMessage(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 30);
        for (var piece = 0; piece < pieces; piece++)
        {
            text.Append(random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static DateOnly RandomDate(Random random) =>
        random.Next(10) == 0 ? DateOnly.MaxValue : DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
}
