using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// The commonest ways of saying "I want to die", "he hits me", "my child did not come back" and the like in Polish,
/// Turkish and Arabic, the languages residents here write most after Dutch and English, and a few in others. The concept reader covers Dutch and English; these phrases
/// make sure a crisis in another language still gets the help lines.
/// </summary>
public static class OtherLanguageDanger
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (DangerKind Kind, Regex Pattern)[] Patterns =
    [
        (DangerKind.Suicide, new(
            @"\bsamob[oó]j\w*|\bzabi[cć] si[eę]|\bsi[eę] zabi[cć]|\bnie chc[eę] (juz |już )?(zyc|żyć)|\bchc[eę] umrze[cć]|\bna most\b|\bskocz[eę] z|\bnie chc[eę] (ju[żz] |juz )?tu by[cć]|\bchcia[lł]a?bym umrze[cć]"
            + @"|\bintihar\w*|\byasamak istemiyorum|\byaşamak istemiyorum|\bkendimi oldur\w*|\bkendimi öldür\w*|\bölmek istiyorum|\bolmek istiyorum"
            + @"|\bznikn[aą][lł]a? na zawsze|\bnikt by nie p[lł]aka[lł]|\bnie chc[eę] ju[żz] [zż]y[cć]|\bnie mam po co [zż]y[cć]"
            + @"|\bintihar|\bkendimi asaca[gğ][ıi]m|\bartık yaşamak|\bartik yasamak|\bölsem daha iyi|\bolsem daha iyi|\bkeşke ölsem|\bkeske olsem|\bkeşke ölseydim|\bkeske olseydim|\bbir daha (hiç |hic )?uyanmama|\bhiç uyanmasam|\bhic uyanmasam|\buyanmak istemiyorum"
            // Papiamento: "I don't want to go on", "I will take them all", "I want to die".
            + @"|\bmi no ke sigui mas\b|\bmi no ke biba mas\b|\btuma nan tur\b|\bmi ke muri\b|\bkita mi bida\b"
            // Somali: "I want to kill myself" ("inaan is dilo", "is dili doonaa").
            + @"|\binaan is dilo\b|\bis dilo\b|\bisdilo\b|\bis dili doona\w*"
            + @"|покінчити з собою|покончить с собой|вбити себе|убить себя|суїцид|суицид|не хочу (більше |больше )?(жити|жить)|\bnicht mehr leben\b|\bvon der br[uü]cke\b|\bmich umbringen\b|\bbringe mich um\b|\bquiero morir\b|\bme quiero matar\b|\bje veux mourir\b|\bme suicider\b|\bquero morrer\b"
            + @"|\bmejor sin m[ií]\b|\bno quiero vivir\b|\bmatarme\b|\bquitarme la vida\b|\bbesser ohne mich\b|\blepiej beze mnie\b|\bbensiz daha iyi\b"
            + @"|أنام ولا أستيقظ|انام ولا استيقظ|لا أستيقظ أبدا|لا احد يحتاجني|لا أحد يحتاجني|انتحار|اقتل نفسي|أقتل نفسي|لا اريد ان اعيش|لا أريد أن أعيش|أريد أن أموت|اريد ان اموت|رسالة وداع|سأقفز|ساقفز|أنهي حياتي|انهي حياتي",
            Options)),
        // Cutting oneself in Turkish and Polish ("kendimi kesiyorum", "tnę się", also "się tnę").
        (DangerKind.SelfHarm, new(
            @"\bkendimi kes\w*|\bkendime zarar ver\w*|\btn[eę] si[eę]\b|\bsi[eę] tn[eę]\b|\bci[eę]cie si[eę]|\bkalecz[eę] si[eę]|\bpoci[eęaą][lł]a? si[eę]|\bsamookalecz\w*"
            // "tnie się" is also "is cut" (bread, paper): only with the person before it or a blade or an arm after it.
            + @"|\b(ona|on|siostra|c[oó]rka|syn|brat|kole[zż]anka|kolega|dziewczyna|ch[lł]opak)\b[^.?!]{0,30}\btnie si[eę]\b|\btnie si[eę]\b[^.?!]{0,30}(\b[zż]yletk\w*|\bnadgarst\w*|\br[eę]k\w*)",
            Options)),
        (DangerKind.DomesticViolence, new(
            @"\bmnie bije\b|\bbije mnie\b|\buderzy[lł] mnie|\bgrozi mi|\bzabije mnie"
            + @"|\bku dili doonaa|\bwaan ku dili|\bwuu i dili|\bway i dili|\bbeni d[oö]v[uü]yor|\bbeni d[oö]vd[uü]|\bbeni [oö]ld[uü]recek|\bbeni tehdit"
            + @"|\bj[aą] bije\b|\bbije j[aą]\b|\bzamyka j[aą]|\bzabij[eę] j[aą]|\bzabij[eę] go\b|\bzmusza mnie do seksu"
            + @"|\bta bati mi\b|\ba bati mi\b|\bdal mi\b|\bta dal mi\b|\bmi no ke bai kas\b|\bseni bulaca[gğ][ıi]m|\bpi[sş]man olacaks[ıi]n|\b[oö]ld[uü]rmesini s[oö]yl"
            + @"|\bvuruyor\b|\b[oö]ld[uü]rece[gğ]|\bme golpea\b|\bme pega\b|\bme va a matar\b|\bme tuer\b|\bme frappe\b|\bviolentad[ao]\b|\bestuprad[ao]\b|\bvergewaltigt\b|\bschl[aä]gt mich\b"
            + @"|б\W?є (свою|свого|своїх|мене|її|його|дітей|дочку|доньку|сина)|бьёт (свою|своего|меня|её|его|детей|дочь|сына)|бьет (свою|своего|меня|её|его|детей|дочь|сына)|погрожує вбити|грозит убить|\bmenas[aá] di mata\b|\blo mata mi\b|\bke mata mi\b|\bpobij[eę]\b|\bzabra[lł] (m[oó]j |mi )?paszport|\bzabra[lł]a (m[oó]j |mi )?paszport|\btrzyma m[oó]j paszport|\bpasaportumu ald[ıi]|\bpasaportlar[ıi]m[ıi]z[ıi] ald[ıi]|\bzabra(l|ł|li|ła|ły)\w* (\w+ ){0,2}paszport|\bpaszport\w* (\w+ ){0,2}zabra|\bpobi[lł]\b|\bbije (mnie|j[aą]|go|nas|dzieci)\b|\bgrozi,? [zż]e\b|\bd[oö]v[uü]yor\b|\bd[oö]vd[uü]\b|\btehdit ediyor|\bamenaza\b|\bme amenaza"
            + @"|يضربني|ضربني|سيقتلني|يهددني|يضربها|يضربه|يهددنا|تهددني"
            // Blows to someone else, a child included, in Spanish, French, Portuguese, German, Ukrainian and Russian.
            + @"|\ble pega\b|\bpega a (su|sus|mi|mis)\b|\bgolpea (a|al)\b|\bme golpe\w*|\bmaltrata\b|\bme bat\b|\bfrappe (mon|ma|mes|son|sa|ses|les)\b|\bme bate\b|\bbate (no|na|nos|nas|em)\b|\bme agride\b|\bschl[aä]gt (sie|ihn|die kinder|meine|mein|seine|ihre|uns)\b|побив|побила|побил|избил|б'є|бʼє|бив мене|била мене",
            Options)),
        (DangerKind.Medical, new(
            @"\bnie mog[eę] (go |jej )?obudzi[cć]|\bg[oö][gğ]s[uü]m a[gğ]r[ıi]|\bg[oö][gğ]s[uü] a[gğ]r[ıi]|\bg[oö][gğ]s[uü]nde a[gğ]r[ıi]|\bb[oó]l w klatce|\bboli (mnie |go |j[aą] )?w klatce|\bnie budzi si[eę]|\buyanm[ıi]yor|\bno despierta\b|\bwacht nicht auf\b|لا يستيقظ|لا تستيقظ|\bwypi[lł]a (\w+ ){0,2}p[lł]yn|\bkonu[sş]am[ıi]yor|\bkald[ıi]ram[ıi]yor|\bbewusstlos\b|\batmet nicht\b|\bno respira\b|\bne respire (plus|pas)\b|\bnefes alam[ıi]yor|\bdudaklar[ıi] mor|\bjiletle kes|\bkollar[ıi]m[ıi] kes|ألم شديد في صدر|\bdu[zż]o dymu|\bczu[cć] spalenizn[eę]|\bnie oddycha|\bnie mo[żz]e oddycha[cć]|لا يتنفس|ما يتنفس|لا يستطيع التنفس|не дихає|не дышит|не прокидається|не просыпается",
            Options)),
        // A child or a confused elder gone, a threat to harm someone, rape, voices: the words that carry it in each language.
        (DangerKind.MissingChild, new(
            @"\bzagin[aą][lł]|\bnie wr[oó]ci[lł]a?\b|\bkayboldu\b|\bkay[ıi]p\b|\beve d[oö]nmedi|\bokuldan d[oö]nmedi|\bdesaparecid[ao]\b|\bno ha vuelto\b|\bverschwunden\b"
            + @"|لم يعد|لم تعد|مفقود|مفقودة|اختفى|اختفت",
            Options)),
        (DangerKind.HarmToOthers, new(
            @"\bzrobi[eę] krzywd[eę]|\bskrzywdz[eę]\b|\bzarar verece[gğ]im|\bzarar vermekten korkuyorum|\bhacerle da[nñ]o\b|\bwehtun werde\b"
            + @"|أؤذي|اؤذي|أن أؤذي",
            Options)),
        (DangerKind.SexualViolence, new(
            @"\bbeni zorlad[ıi]|\bbeni zorluyor|\btecav[uü]z|\bgwa[lł]ci[lł]|\bzgwa[lł]ci|\bviol[oó]\b|\bme violaron\b|\bvergewaltig|اغتصب|اغتصبني|تحرش"
            + @"|згвалт|зґвалт|ґвалтув|изнасил|насилув|\bviolaci[oó]n\b|\babus[oó] de m[ií]\b|\bm'a viol[ée]|\bestupr\w*|\babusou de mim\b|\bkufsi\w*|\bkufsaday",
            Options)),
        (DangerKind.MentalCrisis, new(
            @"\bs[lł]ysz[eę] g[lł]osy|\bsesler duyuyorum|\boigo voces\b|\bh[oö]re stimmen\b|أسمع أصوات|اسمع اصوات",
            Options)),
        (DangerKind.FireOrGas, new(
            @"\bgaz kokusu|\bgaz kokuyor|\bczu[cć] gaz|\bzapach gazu|\bpo[żz]ar\b|\byang[ıi]n var|رائحة غاز|ريحة غاز|حريق",
            Options)),
    ];

    public static IEnumerable<DangerFinding> Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.ToLowerInvariant();
        foreach (var (kind, pattern) in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                yield return new DangerFinding(kind, true, "other-language", ["other-language"]);
            }
        }
    }
}
