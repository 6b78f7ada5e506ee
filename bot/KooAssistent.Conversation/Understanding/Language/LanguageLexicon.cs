namespace KooAssistent.Conversation.Understanding.Language;

/// <summary>
/// Frequent words per language, as residents type them (also without accents). Function words carry most of the
/// evidence on short messages; a few topic words ("schulden", "toeslag", "debt") decide one-word messages.
/// </summary>
internal static class LanguageLexicon
{
    public static readonly IReadOnlyDictionary<string, HashSet<string>> Words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
    {
        ["nl"] = Set("ik je jij u we wij ze zij hij het de een en van is ben heb heeft hebben niet geen wat hoe waar wie waarom wanneer kan kun kunnen moet moeten "
            + "mijn mn m'n jouw onze met voor naar bij op aan om te dat die dit er nog al ook maar of als dan zijn was wordt worden mag graag alstublieft alsjeblieft "
            + "help hoi hallo hee hey goedemorgen goedemiddag goedenavond dag dank bedankt dankjewel dankuwel doei vraag vragen hulp nodig iemand niemand "
            + "schulden schuld geld toeslag toeslagen huur rekening rekeningen deurwaarder kind kinderen zoon dochter scheiding scheiden ex eenzaam alleen "
            + "gemeente buurtteam wijk opvoeding school werk uitkering brief brieven ja nee oke misschien echt heel veel weet weten zit zitten gaat gaan "
            + "wil willen zou zeggen praten bellen mail over na sinds toen nu even gewoon eigenlijk welke elke zo sorry snap"),
        ["en"] = Set("i you he she we they it the a an and of is am are have has had not no what how where who why when can could should must my your our "
            + "with for to at on in that this there but or if then was were be been will would do does did don't dont i'm im it's its please "
            + "hi hello hey thanks thank bye question need help someone anyone nobody "
            + "debt debts money bill bills rent allowance benefits bailiff child children son daughter divorce lonely alone municipality "
            + "job school letter yes maybe really very much know want talk call about since now just which every so sorry apply get pay"),
        ["de"] = Set("ich du er sie wir ihr nicht kein keine und ist bin habe hat haben wie wo was warum mein meine mit für zu auf bitte danke hallo hilfe geld schule"),
        ["fr"] = Set("je tu il elle nous vous ils suis est ai avons pas une les des du et pour avec mon ma mes bonjour merci aide argent dettes enfant"),
        ["es"] = Set("yo tú tu él ella nosotros soy estoy tengo tiene no una los las del y para con mi mis hola gracias ayuda dinero deudas hijo"),
        ["pl"] = Set("ja ty on ona my jest nie mam ma się sie czy jak gdzie co mój moja moje dzień dzien dobry dziękuję dziekuje pomoc pomocy pytanie długi dlugi pieniądze pieniadze dziecko"),
        ["tr"] = Set("ben sen o biz siz bir bu ve için icin değil degil var yok ne nasıl nasil nerede merhaba teşekkürler tesekkurler yardım yardim borç borc para çocuk cocuk istiyorum"),
    };

    private static HashSet<string> Set(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
