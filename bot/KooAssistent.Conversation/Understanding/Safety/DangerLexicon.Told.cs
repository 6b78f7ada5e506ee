using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Danger told through what is seen, heard and done rather than named: marks on a body, a child not arrived, a
/// barbecue lit indoors for warmth, a bullet in the letterbox, a child who must keep a secret from their parents.
/// More ways of saying concepts found elsewhere, and the concepts only these rules need.
/// </summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Told() =>
    [
        .. Dutch(DangerConcepts.AdultFriend, "vriend van 19|vriend van 20|vriend van 21|vriend van 22|vriend van 23|vriend van 24|vriend van 25|vriend van 26|vriend van 27|vriend van 28|vriend van 29|vriend van 30|vriend van 31|vriend van 32|vriend van 33|vriend van 34|vriend van 35|vriend van 36|vriend van 37|vriend van 38|vriend van 39|vriend van 40|vriend van 41|vriend van 42|vriend van 43|vriend van 44|vriend van 45|vriend van 46|vriend van 47|vriend van 48|vriend van 49|vriend van 50|vriendje van 19|vriendje van 20|vriendje van 21|vriendje van 22|vriendje van 23|vriendje van 24|vriendje van 25|vriendje van 26|vriendje van 27|vriendje van 28|vriendje van 29|vriendje van 30|vriendje van 31|vriendje van 32|vriendje van 33|vriendje van 34|vriendje van 35|vriendje van 36|vriendje van 37|vriendje van 38|vriendje van 39|vriendje van 40|vriendje van 41|vriendje van 42|vriendje van 43|vriendje van 44|vriendje van 45|man van 19|man van 20|man van 21|man van 22|man van 23|man van 24|man van 25|man van 26|man van 27|man van 28|man van 29|man van 30|man van 31|man van 32|man van 33|man van 34|man van 35|man van 36|man van 37|man van 38|man van 39|man van 40|man van 41|man van 42|man van 43|man van 44|man van 45|man van 46|man van 47|man van 48|man van 49|man van 50|man van 51|man van 52|man van 53|man van 54|man van 55|man van 56|man van 57|man van 58|man van 59|man van 60|man van 61|man van 62|man van 63|man van 64|man van 65|iemand van 21|iemand van 22|iemand van 23|iemand van 24|iemand van 25|iemand van 26|iemand van 27|iemand van 28|iemand van 29|iemand van 30|iemand van 31|iemand van 32|iemand van 33|iemand van 34|iemand van 35|iemand van 36|iemand van 37|iemand van 38|iemand van 39|iemand van 40|iemand van 41|iemand van 42|iemand van 43|iemand van 44|iemand van 45|iemand van 46|iemand van 47|iemand van 48|iemand van 49|iemand van 50|mannen van in de twintig|mannen van in de dertig|mannen van in de veertig|man van in de dertig|man van in de veertig|online ken van 25|online ken van 30"),
        .. English(DangerConcepts.AdultFriend, "guy in his twenties|man in his thirties|men in their twenties|someone i know online who is 25"),
        .. Dutch(DangerConcepts.Minor, "nichtje van 11|nichtje van 12|nichtje van 13|nichtje van 14|nichtje van 15|nichtje van 16|nichtje van 17|meisje van 11|meisje van 12|meisje van 13|meisje van 14|meisje van 15|meisje van 16|meisje van 17|dochter van 11|dochter van 12|dochter van 13|dochter van 14|dochter van 15|dochter van 16|dochter van 17|zoon van 11|zoon van 12|zoon van 13|zoon van 14|zoon van 15|zoon van 16|zoon van 17|kleindochter van 11|kleindochter van 12|kleindochter van 13|kleindochter van 14|kleindochter van 15|kleindochter van 16|kleindochter van 17|ik ben 11|ik ben 12|ik ben 13|ik ben 14|ik ben 15|ik ben 16|ik ben 17"),
        .. Dutch(DangerConcepts.PaidOff, "zijn schulden|zijn schuld|met zijn schulden|minder huur|huur kwijtgescholden|geen huur|wil me geld geven|geeft me geld|geeft haar geld|geeft hem geld|geeft haar cadeaus|geeft me cadeaus|cadeaus geeft"),
        .. English(DangerConcepts.PaidOff, "his debts|his debt|less rent|pay less rent|no rent|gives me money|gives her money|gives her presents|wants to give me money"),
        .. Dutch(DangerConcepts.SexualAbuse, "zijn broek uit moet|haar broek uit moet|broek uit moet|kleren uit moet|moet zich uitkleden|de struiken in getrokken|de bosjes in getrokken|de bosjes in gesleurd|de struiken in gesleurd|kwam in mijn bed|kroop in mijn bed|laat me dingen doen|moet dingen bij hem doen|moet ik dingen bij hem doen|doe dan maar wat hij wil|doe ik maar wat hij wil"),
        .. English(DangerConcepts.SexualAbuse, "forced himself on me|forced himself on her|forced me to|got into my bed|came into my bed|pulled me into the bushes|dragged me into the bushes|makes me do things|made me do things|i froze|comes in whenever he wants"),
        .. Dutch(DangerConcepts.Secret, "niks tegen zijn ouders|niks tegen haar ouders|niks tegen je ouders|niet tegen je ouders|niet tegen zijn ouders|niks tegen mama zeggen|geheim houden voor|geheimhouden voor|geheim houd|geheim houdt|geheim moet houden|geheim te houden|smeekte me het niet"),
        .. English(DangerConcepts.Secret, "keep it secret from|keep it a secret from|not tell your parents|not to tell his parents|not to tell her parents|begged me not to tell"),
        .. Dutch(DangerConcepts.VeiledThreat, "kogel in de brievenbus|kogel in mijn brievenbus|kogel in onze brievenbus|kogel door de brievenbus|vuurwerkbom bij|de volgende is binnen|volgende keer je kind|betalen of je weet het|fotos van mijn huis|foto s van mijn huis|in het ziekenhuis eindig|in het ziekenhuis belandt|in het ziekenhuis terechtkomt|op zijn manier gaat regelen|op wat voor manier dan ook|ben je ze kwijt|heeft plannen met mij|heeft plannen met me"),
        .. English(DangerConcepts.VeiledThreat, "bullet in the letterbox|bullet in my letterbox|bullet through the letterbox|photos of my house|end up in hospital|end up in the hospital|has plans for me|i'll regret it|ill regret it|knows where the daycare is|knows where the school is"),
        .. Dutch(DangerConcepts.Choke, "vingerafdrukken op haar keel|vingerafdrukken op haar nek|vingers op haar keel|plekken in haar nek|plekken op haar keel|striemen op haar keel"),
        .. English(DangerConcepts.Choke, "finger marks on her neck|finger marks on her throat|bruises on her neck|marks on her throat"),
        .. Dutch(DangerConcepts.LoseControl, "echt doorsla|een keer doorsla|doorslaan|ontplof|bang dat ik doorsla"),
        .. Dutch(DangerConcepts.NeglectSign, "dagen weg|soms dagen weg|nachten weg|moet zorgen voor zijn zusje|moet zorgen voor haar broertje|voor zijn zusje moet zorgen|voor haar zusje moet zorgen|voor zijn broertje moet zorgen|droge cornflakes|niks meer in huis|niets meer in huis|geen eten in huis|niks te eten|vergeet eten te kopen|zorg zelf voor mijn broertje|zorg zelf voor mijn zusje|in haar pyjama|in zijn pyjama|in hun pyjama|op de galerij|zonder schoenen|vrieskou|ijskoud|broodmager|natte luier|koude kamer|geen fles|urenlang achter de deur|deur blijft dicht|niemand deed open"),
        .. English(DangerConcepts.NeglectSign, "nothing to eat|no food in the house|in her pyjamas|in his pyjamas|no shoes|freezing cold|skin and bones|wet nappy|cold room|no bottle|crying for hours"),
        .. Dutch(DangerConcepts.NotArrived, "nooit aangekomen|nooit is aangekomen|niet aangekomen|niet is aangekomen|is er nog niet|nog niet thuis|nog steeds niet thuis|sinds gisteravond niet thuis|sinds gisteren weg|sinds eergisteren weg|al twee nachten weg|alleen thuisgekomen|zie haar nergens|zie hem nergens"),
        .. English(DangerConcepts.NotArrived, "never arrived|hasn't arrived|hasnt arrived|isn't home yet|isnt home yet|not home yet|still not home|gone since yesterday"),
        .. Dutch(DangerConcepts.Dark, "wordt al donker|wordt donker|al donker|het is donker|twee nachten|hele nacht weg|geen jas|geen geld en geen jas|autisme|autistisch"),
        .. English(DangerConcepts.Dark, "getting dark|it's dark|its dark|all night|two nights|no coat|autistic|autism"),
        .. Dutch(DangerConcepts.Wound, "korsten|blaren|pleisters met bloed|bloedvlekjes|bloedvlekken|lijntjes|rechte lijntjes|kruisjes|zwart blauwe plek|zwartblauwe plek"),
        .. English(DangerConcepts.Wound, "scabs|blisters|plasters with blood|blood stains|straight lines|little crosses|bald patches"),
        .. Dutch(DangerConcepts.BodyPart, "oor|oren|wang|wangen|keel"),
        .. Dutch(DangerConcepts.SelfHarmAct, "openkrabben|open krabben|krabbel open|krab open|krabbel mijn armen open|krab mijn armen open|zet kruisjes|zet streepjes|haren uittrekken|haar uittrekken|douche op het heetst"),
        .. English(DangerConcepts.SelfHarmAct, "pulls his hair out|pulls her hair out|pull my hair out|bangs his head|bangs her head|scratch my arms open|hottest shower"),
        .. Dutch(DangerConcepts.CutWound, "snijwonden|snijwond|sneetjes|verse sneden|rechte lijntjes|kerven|verse wondjes"),
        .. English(DangerConcepts.CutWound, "cuts|cut marks|fresh cuts|straight cuts"),
        .. Dutch(DangerConcepts.RepeatedInjury, "derde breuk|tweede breuk|weer gebroken|weer in het gips|weer een gipsarm|alweer een breuk|steeds nieuwe blauwe plekken|steeds blauwe plekken"),
        .. English(DangerConcepts.RepeatedInjury, "third fracture|second fracture|another fracture|cast on her arm again|cast on his arm again|new bruises every week"),
        .. Dutch(DangerConcepts.Photographs, "maakt fotos|maakt foto s|maakt filmpjes|fotos maakt|foto s maakt|fotos maken|foto s maken|filmt|filmpjes maakt"),
        .. English(DangerConcepts.Photographs, "takes photos|takes pictures|filming them|films them"),
        .. Dutch(DangerConcepts.Undressing, "kleedkamer|douche|omkleden|bloot|naakt|in hun ondergoed"),
        .. English(DangerConcepts.Undressing, "changing room|locker room|shower|undressed|naked|in their underwear"),
        .. Dutch(DangerConcepts.GasOpen, "het gas stromen|laat het gas stromen|laat gas stromen"),
        .. Dutch(DangerConcepts.BetterOff, "makkelijker voor iedereen|voor iedereen makkelijker|makkelijker zijn"),
        .. Dutch(DangerConcepts.InfoFrame, "voor een verslag|voor mijn verslag|verslag over|ehbo les|ehbo cursus|ehbo-les|ehbo-cursus"),
        .. Dutch(DangerConcepts.Cooking, "onder de pan|pan met|soep|fornuis aan|aan het koken"),
        .. English(DangerConcepts.Cooking, "under the pan|soup|cooking dinner"),
        .. Dutch(DangerConcepts.Outdoors, "kamperen|camping|tent|haringen|klimmen|zeilen|boot|bouwmarkt|klussen|verhuizen|tuin"),
        .. English(DangerConcepts.Outdoors, "camping|tent|climbing|sailing|boat|hardware store|moving house|garden"),
        .. Dutch(DangerConcepts.Routine, "weekdoos|baxterrol|medicijnrol|pillendoos|medicijndoos|apotheek|herhaalrecept|eigen bijdrage"),
        .. English(DangerConcepts.Routine, "pill organiser|pill organizer|weekly pill box|pharmacy|repeat prescription"),
        .. Dutch(DangerConcepts.Peers, "ander kind|een ander kind|andere jongen|ander meisje"),
        .. English(DangerConcepts.Peers, "another child|another kid|another boy|another girl"),
        .. Dutch(DangerConcepts.VeiledThreat, "ik kom je halen|kom je halen|we komen je halen|ik kom je nog halen"),
        .. English(DangerConcepts.VeiledThreat, "i'm coming to get you|im coming to get you|coming to get you"),
        .. Dutch(DangerConcepts.Fear, "durft niet meer naar buiten|durft niet naar buiten|durf niet meer naar buiten|durft de deur niet meer uit"),
        .. Dutch(DangerConcepts.Thrown, "tegen de deur gegooid|tegen de deur gegooit|tegen de muur gegooit|tegen de kast gegooid|door de kamer gegooid|op de grond gesmeten|tegen de muur gesmeten|tegen de deur aan gegooid|hoofd tegen de deur|hoofd tegen de muur|hoofd tegen de kast|hoofd tegen de tafel|hoofd tege de deur|hoofd tege de muur|tege de deur gegooit|tege de deur gegooid|tege de muur gegooid"),
        .. English(DangerConcepts.Thrown, "thrown against|threw her against|threw him against|head against the door|head against the wall|slammed her head|slammed his head"),
        .. Dutch(DangerConcepts.Story, "serie|series|film|films|boek|roman|aflevering|netflix|videoland|toneelstuk|toneel|verhaal|documentaire|podcast|game"),
        .. English(DangerConcepts.Story, "series|movie|film|book|novel|episode|netflix|play|story|documentary|podcast|game"),
        .. Dutch(DangerConcepts.InfoFrame, "een les geven|les geven over|lesgeven over|gastles"),
        .. Dutch(DangerConcepts.Peers, "jaloers|sinds de geboorte|geboorte van haar|geboorte van zijn|sinds de baby er is"),
        .. Dutch(DangerConcepts.Past, "beroerte had|hartaanval had|had een beroerte|had een hartaanval|beroerte gehad|hartaanval gehad"),
        .. Dutch(DangerConcepts.Heater, "gasoven|oven open|motor laten draaien|motor draait|motor aan|houtskool"),
        .. English(DangerConcepts.Heater, "engine running|with the engine on|charcoal"),
        .. Dutch(DangerConcepts.ForWarmth, "om warm te blijven|voor de warmte|om op te warmen|om het warm te krijgen|tegen de kou|verwarming is afgesloten|verwarming afgesloten"),
        .. English(DangerConcepts.ForWarmth, "to keep warm|to stay warm|for heat|for warmth|heating is cut off|heating cut off"),
        .. Dutch(DangerConcepts.Indoors, "binnen|in huis|in de kamer|in de woonkamer|in de keuken|in de garage|dichte garage"),
        .. English(DangerConcepts.Indoors, "inside|indoors|in the living room|in the kitchen|in the garage|closed garage"),
    ];
}
