using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Danger told through what is seen, heard and done rather than named: marks on a body, a child not arrived, a
/// barbecue lit indoors for warmth, possessions given away. The concepts only these rules need; new ways of saying a
/// concept that has its home in another file are added there.
/// </summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Told() =>
    [
        .. Dutch(DangerConcepts.NotArrived, "niet terug van|nog niet terug|is niet terug|niet teruggekomen|dat hij er niet is|dat ze er niet is|niet op school aangekomen|nooit op school aangekomen|is nooit op school gekomen|niet op school verschenen|kwam nooit aan|moest om|had thuis moeten zijn|zou om|had er al moeten zijn|is nog steeds niet hier|nooit aangekomen|nooit is aangekomen|niet aangekomen|niet is aangekomen|is er nog niet|nog niet thuis|nog steeds niet thuis|sinds gisteravond niet thuis|sinds gisteren weg|sinds eergisteren weg|al twee nachten weg|alleen thuisgekomen|zie haar nergens|zie hem nergens"),
        .. English(DangerConcepts.NotArrived, "not back from|hasn't come back|hasnt come back|isn't back|never made it to|never showed up at|isn't at school|wasn't at school|was supposed to be home|supposed to be back|should have been home|should be home by now|still not here|never arrived anywhere|never arrived|hasn't arrived|hasnt arrived|isn't home yet|isnt home yet|not home yet|still not home|gone since yesterday"),
        .. Dutch(DangerConcepts.Dark, "wordt al donker|wordt donker|al donker|het is donker|twee nachten|hele nacht weg|geen jas|geen geld en geen jas|autisme|autistisch"),
        .. English(DangerConcepts.Dark, "getting dark|it's dark|its dark|all night|two nights|no coat|autistic|autism"),
        .. Dutch(DangerConcepts.CutWound, "snijwonden|snijwond|sneetjes|verse sneden|rechte lijntjes|kerven|verse wondjes|sneeën|sneeen|vol sneden|vol snijwonden|vol krassen"),
        .. English(DangerConcepts.CutWound, "cuts|cut marks|fresh cuts|straight cuts"),
        .. Dutch(DangerConcepts.RepeatedInjury, "derde breuk|tweede breuk|weer gebroken|weer in het gips|weer een gipsarm|alweer een breuk|steeds nieuwe blauwe plekken|steeds blauwe plekken", "weer een gebroken arm|weer een gebroken been|weer een gebroken pols|alweer een gebroken|weer een breuk"),
        .. English(DangerConcepts.RepeatedInjury, "third fracture|second fracture|another fracture|cast on her arm again|cast on his arm again|new bruises every week", "another broken arm|another broken leg|another broken wrist|broken arm again|broken leg again"),
        .. Dutch(DangerConcepts.Photographs, "maakt fotos|maakt foto s|maakt filmpjes|fotos maakt|foto s maakt|fotos maken|foto s maken|filmt|filmpjes maakt"),
        .. English(DangerConcepts.Photographs, "takes photos|takes pictures|filming them|films them"),
        .. Dutch(DangerConcepts.Undressing, "kleedkamer|douche|omkleden|bloot|naakt|in hun ondergoed"),
        .. English(DangerConcepts.Undressing, "changing room|locker room|shower|undressed|naked|in their underwear"),
        .. Dutch(DangerConcepts.Outdoors, "kamperen|camping|tent|haringen|klimmen|zeilen|boot|bouwmarkt|klussen|verhuizen|tuin"),
        .. English(DangerConcepts.Outdoors, "camping|tent|climbing|sailing|boat|hardware store|moving house|garden"),
        .. Dutch(DangerConcepts.Thrown, "tegen de deur gegooid|tegen de deur gegooit|tegen de muur gegooit|tegen de kast gegooid|door de kamer gegooid|op de grond gesmeten|tegen de muur gesmeten|tegen de deur aan gegooid|hoofd tegen de deur|hoofd tegen de muur|hoofd tegen de kast|hoofd tegen de tafel"),
        .. English(DangerConcepts.Thrown, "thrown against|threw her against|threw him against|head against the door|head against the wall|slammed her head|slammed his head"),
        .. Dutch(DangerConcepts.Story, "serie|series|film|films|boek|roman|aflevering|netflix|videoland|toneelstuk|toneel|verhaal|documentaire|podcast|game"),
        .. English(DangerConcepts.Story, "series|movie|film|book|novel|episode|netflix|play|story|documentary|podcast|game"),
        .. Dutch(DangerConcepts.DrugRun, "drugs runnen|drugs te runnen|runnen voor|runner voor|loopjongen voor|bolletjes wegbrengen|bolletjes rondbrengen|bolletjes brengen|bolletjes slikken|bolletjes vervoeren|voor ze dealen|voor hem dealen|voor hun dealen|moet dealen|moet ik dealen|dealen tot mn schuld|dealen tot mijn schuld|dealen tot de schuld|dealen tot het af is|van die gasten dealen|van ze dealen|laten me dealen|brengt tassen rond|brengt tasjes rond|brengt pakketjes rond|brengt pakketjes weg|brengt tassen weg|bracht tassen rond|bracht pakketjes rond|brengen pakketjes rond|pakketjes rondbrengt|pakketjes rondbrengen op|pakketjes rond brengen|pakketje kwijt|pakketje is kwijt|klusjes voor oudere jongens|klusjes doen voor oudere jongens|klusjes voor die jongens|boodschappen doen voor oudere jongens|drugs te vervoeren|drugs vervoeren|drugs wegbrengen|pakketjes rond te brengen|pakketjes weg te brengen|pakketjes wegbrengen|pakketjes bezorgen|pakketjes rondbrengen|drugsrunner|koerier voor|dealen voor|drugs verkopen voor|bolletjes slikken|tassen rondbrengen|tassen rond brengen|tassen wegbrengen|tasjes rondbrengen|tasjes wegbrengen|tassen brengen voor"),
        .. English(DangerConcepts.DrugRun, "delivers packages|delivered packages|carries bags for|carrying bags for|runs packages|deliver packages for|delivering packages for|lost a package and now owes|jobs for older boys|errands for older boys|carry drugs|deliver drugs|run drugs|drug runner|deliver packages for|sell drugs for|deliver bags|carry bags|bags around"),
        .. Dutch(DangerConcepts.Bleeding, "bloedde|bloedt|bloeden|bloedneus|uit zijn neus|uit haar neus|bloedend|een bult|bulten"),
        .. English(DangerConcepts.Bleeding, "bled|bleeding|nosebleed|bloody nose|a lump"),
        .. Dutch(DangerConcepts.GiveAway, "weggegeven|weg gegeven|gegeven aan|aan mijn neefje gegeven|aan mijn nichtje gegeven|aan mijn broertje gegeven|aan mijn zusje gegeven|verdeeld onder|gave away|given away"),
        .. Dutch(DangerConcepts.Possession, "fiets|playstation|ps5|ps4|horloge|gitaar|spullen|kleren|sieraden|knuffels|laptop|games|verzameling|telefoon"),
        .. English(DangerConcepts.Possession, "bike|playstation|ps5|watch|guitar|stuff|clothes|jewellery|jewelry|laptop|games|collection"),
        .. Dutch(DangerConcepts.Custody, "alimentatie|omgang|omgangsregeling|gezag|ouderschapsplan|erfenis|de kinderen niet|rechtszaal|rechtszaak|advocaat"),
        .. English(DangerConcepts.Custody, "child support|alimony|custody|visitation|contact arrangement|court case|lawyer"),
        .. Dutch(DangerConcepts.JoinTheDead, "wil bij hem zijn|wil bij haar zijn|wil naar hem toe|wil naar haar toe|wil hem achterna|wil haar achterna"),
        .. English(DangerConcepts.JoinTheDead, "want to be with him|want to be with her|join him|join her"),
        .. Dutch(DangerConcepts.ForWarmth, "om warm te blijven|voor de warmte|om op te warmen|om het warm te krijgen|tegen de kou|verwarming is afgesloten|verwarming afgesloten"),
        .. English(DangerConcepts.ForWarmth, "to keep warm|to stay warm|for heat|for warmth|heating is cut off|heating cut off"),
        .. Dutch(DangerConcepts.Indoors, "binnen|in huis|in de kamer|in de woonkamer|in de keuken|in de garage|dichte garage"),
        .. English(DangerConcepts.Indoors, "inside|indoors|in the living room|in the kitchen|in the garage|closed garage"),
    ];
}
