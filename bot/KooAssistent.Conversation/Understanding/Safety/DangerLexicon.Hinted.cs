using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Danger hinted at rather than stated: not being around by then, not minding an accident, means within reach, a gun
/// taken out of the safe or aimed, a contact ban broken, a household poison swallowed, an adult who walks in on a
/// child in the shower, the way to the tracks, a roof's edge, someone gone who does not answer, a grandfather with dementia walked off in the cold. The concepts only
/// these rules need; new ways of saying a concept that has its home in another file are added there.
/// </summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Hinted() =>
    [
        .. Dutch(DangerConcepts.NotAroundThen,
            "er toch niet meer|er dan toch niet meer|er volgende maand niet meer|er volgende week niet meer|er volgend jaar niet meer|er binnenkort wel vanaf|ben er straks vanaf|ben ik weg echt weg|ben ik voorgoed weg|wil voorgoed verdwijnen|echt verdwijnen|voorgoed verdwijnen|voor altijd verdwijnen|zie mezelf niet oud worden"),
        .. English(DangerConcepts.NotAroundThen,
            "wont be around|won't be around|will not be around|not be around for|wont be here anyway|won't be here anyway|wont be there for it|won't be there for it|disappear for good|disappear forever|be gone for good|ill be gone soon|i'll be gone soon"),
        .. Dutch(DangerConcepts.NotMind, "niet erg vinden als|niet erg als|zou niet erg zijn|vind het niet erg als|maakt me niet uit als|maakt mij niet uit als"),
        .. English(DangerConcepts.NotMind, "wouldnt mind if|wouldn't mind if|would not mind if|dont care if|don't care if|wouldnt be sad if|wouldn't be sad if"),
        .. Dutch(DangerConcepts.PassiveEnd, "tegen me aan reed|tegen me aanrijdt|tegen me aan rijdt|tegen mij aan reed|overreden word|overreden worden|aangereden word|aangereden worden|een ongeluk zou krijgen|een ongeluk kreeg|in mijn slaap"),
        .. English(DangerConcepts.PassiveEnd, "hit by a truck|hit by a bus|hit by a car|got hit by|run over|in my sleep|didnt wake up|didn't wake up|never woke up"),
        .. Dutch(DangerConcepts.WithinReach, "op tafel|op de tafel|naast zich|naast haar|naast hem|naast me|naast mij|voor zich"),
        .. English(DangerConcepts.WithinReach, "on the table|next to her|next to him|next to me|in front of her|in front of him|in front of me"),
        .. Dutch(DangerConcepts.TakenOut, "uit de kluis|uit de wapenkluis|tevoorschijn gehaald|tevoorschijn gepakt"),
        .. English(DangerConcepts.TakenOut, "out of the safe|out of the gun safe|took out his gun|took his gun out|got his gun out|got the gun out"),
        .. Dutch(DangerConcepts.Hunting, "gaan jagen|ga jagen|op jacht|de jacht|jachtseizoen|jachtvereniging|schietvereniging|schietclub|kleiduiven"),
        .. English(DangerConcepts.Hunting, "hunting trip|go hunting|goes hunting|hunting season|shooting club|gun club|clay pigeon"),
        .. Dutch(DangerConcepts.Aimed, "richtte|richt hem op|richtte hem op|richt het op|gericht op|richt op|hield tegen mijn hoofd|tegen mijn hoofd gehouden|tegen zijn hoofd gehouden|tegen haar hoofd gehouden"),
        .. English(DangerConcepts.Aimed, "pointed|pointing|aimed|aiming|held it to my head|to my head"),
        .. Dutch(DangerConcepts.RestrainingOrder, "contactverbod|straatverbod|gebiedsverbod|huisverbod|locatieverbod|contact verbod|straat verbod"),
        .. English(DangerConcepts.RestrainingOrder, "restraining order|contact ban|protection order|not allowed near me|not allowed to come near"),
        .. Dutch(DangerConcepts.Poison,
            "wc-reiniger|wcreiniger|wc reiniger|ontstopper|gootsteenontstopper|chloor|schoonmaakmiddel|allesreiniger|vaatwastablet|vaatwasblokje|vaatwasmiddel|wasmiddel|wascapsule|wasmiddelcapsule|wasbolletje|lampenolie|aanstekervloeistof|terpentine|ammoniak|knoopcel|knoopbatterij|batterijtje|e-liquid|nicotinevloeistof|vloeibare nicotine|rattengif|muizengif|antivries|ontkalker"),
        .. English(DangerConcepts.Poison, "bleach|drain cleaner|toilet cleaner|detergent|washing capsule|laundry pod|dishwasher tablet|lamp oil|lighter fluid|button battery|coin battery|antifreeze|rat poison|descaler"),
        .. Dutch(DangerConcepts.InMouth, "in zijn mond|in haar mond|in de mond|gelikt|aan gelikt|likte|opgedronken|slok|slokje|doorgeslikt|ingeslikt|opgegeten|gegeten|gebeten in"),
        .. English(DangerConcepts.InMouth, "in his mouth|in her mouth|in the mouth|licked|a sip|a mouthful|bit into"),
        .. Dutch(DangerConcepts.Intrudes,
            "komt de badkamer in|kwam de badkamer in|komt de badkamer binnen|komt binnen als ik douche|kwam binnen als ik douche|komt binnen als ik me|komt mijn kamer in als|kwam mijn kamer in|komt mijn kamer in|zomaar mijn kamer in|kijkt als ik douche|kijkt mee als ik douche|staat te kijken als ik douche|gluurt|loert naar"),
        .. English(DangerConcepts.Intrudes, "walks in when|walks in on me|comes in when i shower|comes into the bathroom|came into the bathroom|came into my room|comes into my room|watches me shower|watches me change"),
        .. Dutch(DangerConcepts.GoingTo, "rij naar|rij nu naar|fiets naar|fiets nu naar|loop naar|loop nu naar|ga naar|ga nu naar|ben onderweg naar|onderweg naar|op weg naar"),
        .. English(DangerConcepts.GoingTo, "driving to|walking to|going to|on my way to|heading to|cycling to"),
        .. Dutch(DangerConcepts.Tracks, "het spoor|de rails|de spoorlijn|het spoorviaduct|de spoorbrug|spoorwegovergang"),
        .. English(DangerConcepts.Tracks, "the tracks|the railway line|the railway tracks|train tracks|the rail line"),
        .. Dutch(DangerConcepts.Roof, "op het dak|boven op het dak|op het dak van|op de rand van|op de reling|buiten de reling|over de reling"),
        .. English(DangerConcepts.Roof, "on the roof|on the rooftop|on the ledge|on the railing|over the railing"),
        .. Dutch(DangerConcepts.RoofWork, "dakgoot|dakpannen|dakpan|dakdekker|zonnepanelen|zonnepaneel|antenne|schotel|lekkage|lekt|bal|kat|poes|klussen"),
        .. English(DangerConcepts.RoofWork, "gutter|gutters|roofer|solar panels|solar panel|antenna|leak|leaking|ball|cat"),
        .. Dutch(DangerConcepts.NoAnswer, "neemt niet op|neemt zijn telefoon niet op|neemt haar telefoon niet op|telefoon staat uit|telefoon uit|reageert niet op berichten|reageert niet meer|niet bereikbaar|onbereikbaar"),
        .. English(DangerConcepts.NoAnswer, "doesnt pick up|doesn't pick up|not picking up|phone off|phone is off|phone is dead|not answering|wont answer|won't answer|unreachable"),
        .. Dutch(DangerConcepts.Dementia, "dementie|dement|alzheimer|alzheimers"),
        .. English(DangerConcepts.Dementia, "dementia|alzheimers|alzheimer's|alzheimer"),
        .. Dutch(DangerConcepts.Cold, "vriest|het vriest|onder nul|min graden|in zijn pantoffels|in haar pantoffels|in zijn pyjama|in haar nachtjapon|in zijn ondergoed|zonder jas"),
        .. English(DangerConcepts.Cold, "below zero|freezing|in his slippers|in her slippers|in his pyjamas|in her nightie|without a coat|no coat"),
        .. Dutch(DangerConcepts.PayInKind, "op een andere manier betalen|op een andere manier kan betalen|op een andere manier kunt betalen|op een andere manier terugbetalen|op een andere manier afbetalen|in natura betalen|in natura terugbetalen|met mijn lichaam betalen|met haar lichaam betalen"),
        .. English(DangerConcepts.PayInKind, "pay in another way|pay another way|pay in kind|pay with my body|pay with her body"),
        .. Dutch(DangerConcepts.NiceToHim, "lief tegen hem|lief voor hem|aardig tegen hem|aardig voor hem|extra lief"),
        .. English(DangerConcepts.NiceToHim, "nice to him|sweet to him"),
        .. Dutch(DangerConcepts.Head, "hoofd|hoofdje|kop|koppie|koppetje|gezicht|gezichtje|oor|oortje|wang|wangetje|slaap"),
        .. English(DangerConcepts.Head, "head|face|ear|cheek"),
        .. Dutch(DangerConcepts.LifeInsurance, "levensverzekering|overlijdensrisicoverzekering|overlijdensverzekering|uitkering bij overlijden|keert uit bij overlijden"),
        .. English(DangerConcepts.LifeInsurance, "life insurance|life policy|death benefit"),
        .. Dutch(DangerConcepts.ByOwnHand, "als je het zelf doet|als ik het zelf doe|als je het zelf gedaan hebt|als het zelf gedaan is|als je zelf een eind|bij zelfdoding|bij zelfmoord|eigen hand"),
        .. English(DangerConcepts.ByOwnHand, "if you do it yourself|if i do it myself|if it was suicide|if it's suicide|in case of suicide|by my own hand"),
        .. Dutch(DangerConcepts.LowSugar, "suiker was 1|suiker was 2|suiker is 1|suiker is 2|suiker 1|suiker 2|suikers 1|suikers 2|suiker heel laag|suiker is heel laag|suiker te laag|suiker is te laag|suiker veel te laag|lage suiker|in een hypo|heb een hypo|heeft een hypo|zit in een hypo|hypo en"),
        .. English(DangerConcepts.LowSugar, "sugar is low|sugar was low|sugar is very low|blood sugar low|low blood sugar|having a hypo|in a hypo|hypo and"),
        .. Dutch(DangerConcepts.FireOver, "was er een gaslek|er was een gaslek|was er een grote brand|er was een grote brand|niemand gewond|niemand is gewond|niemand raakte gewond|niemand raakte gewond|gaslek opgelost|heeft het opgelost|is opgelost|alles is veilig|alles is weer veilig|gisternacht|was er brand|was er een brand|er was brand|er was een brand|in de fik gestoken|in brand gestoken|in brand gevlogen|afgebrand|uitgebrand|wrak|de schade"),
        .. English(DangerConcepts.FireOver, "nobody was hurt|no one was hurt|nobody got hurt|no one got hurt|there was a gas leak|was fixed|fixed it|all safe now|everything is safe|burned down|burnt down|burnt out|the wreck|the damage"),
        .. Dutch(DangerConcepts.HiddenArms, "ook in de zomer lange mouwen|in de zomer lange mouwen|lange mouwen in de zomer|lange mouwen als het warm|altijd lange mouwen|met mijn armen doe|met mn armen doe|met haar armen doet|met zijn armen doet|mijn armen mag niemand zien|niemand mag mijn armen zien|niemand hoeft mijn armen te zien|armen verstopt|armen verstoppen|verstopt haar armen|verstopt zijn armen"),
        .. English(DangerConcepts.HiddenArms, "long sleeves in summer|long sleeves even in summer|long sleeves when it's hot|do to my arms|does to her arms|does to his arms|hide my arms|hides her arms|hides his arms|nobody can see my arms"),
        .. Dutch(DangerConcepts.Smother, "kussen in mijn handen|kussen in mn handen|kussen op haar gezicht|kussen op zijn gezicht|kussen over haar gezicht|kussen over zijn gezicht|kussen op haar hoofd|kussen op zijn hoofd|kussen tegen haar gezicht|kussen tegen zijn gezicht"),
        .. English(DangerConcepts.Smother, "pillow in my hands|pillow over her face|pillow over his face|pillow on her face|pillow on his face|smother her|smother him"),
        .. Dutch(DangerConcepts.Draws, "tekent|tekende|tekenen|tekening|tekeningen|tekeningetje"),
        .. English(DangerConcepts.Draws, "draws|drew|drawing|drawings"),
        .. Dutch(DangerConcepts.NotOutAlive, "niet levend uit|niet levend uitga|niet levend uitgaat|niet levend uitkomt|niet levend de deur|niet levend weg|niet levend verlaat|niet levend verlaten|niet levend buiten|kom je niet levend|kom je hier niet levend|kom je er niet levend|kom je niet meer levend|niet meer levend weg"),
        .. English(DangerConcepts.NotOutAlive, "out alive|leave alive|leave this house alive|leave here alive|not walk out alive"),
        .. Dutch(DangerConcepts.ThrowVerb, "smeet|smijt|smeten|gesmeten|gooide|gooit|gooiden|gegooid|wierp|keilde|gekeild"),
        .. English(DangerConcepts.ThrowVerb, "threw|throws|hurled|hurls|flung"),
        .. Dutch(DangerConcepts.AtMe, "naar me|naar mij|naar mijn hoofd|naar mn hoofd|naar m n hoofd|naar haar hoofd|naar zijn hoofd|tegen mijn hoofd"),
        .. English(DangerConcepts.AtMe, "at me|at my head|at her head|at his head"),
        // Somewhere else to sleep: after fleeing a partner, or only after losing a job or a room. Danger only with fear or aggression beside it.
        .. Dutch(DangerConcepts.Shelter, "slaap in de auto|slaap in mijn auto|sliep in de auto|nachten in de auto|nacht in de auto|nachten in mijn auto|in de auto geslapen|in mijn auto geslapen|in de auto slapen|buiten geslapen|slaap buiten|blijf bij een vriendin|slaap bij een vriendin|slaap bij een vriend|logeer bij een vriendin|op de bank bij"),
        .. English(DangerConcepts.Shelter, "sleeping in my car|sleep in my car|slept in the car|slept in my car|sleeping rough|staying at a friend|sleeping at a friend|on a friend's couch|on a friends couch"),
        // When a drowning or a fire is history: "vorige week", "sindsdien".
        .. Dutch(DangerConcepts.EarlierPeriod, "vorige week|vorige maand|vorig weekend|vorige zomer|afgelopen zomer|deze zomer|afgelopen week|afgelopen maand|afgelopen jaar|sindsdien|een tijdje terug|paar weken terug"),
        .. English(DangerConcepts.EarlierPeriod, "last week|last month|last weekend|last summer|this summer|ever since|since then|a while back|a few weeks back"),
        .. Dutch(DangerConcepts.Lying, "ligt|lag|liggen|lagen|gelegen|lig"),
        .. English(DangerConcepts.Lying, "lying|laying|lies|lay|been lying"),
        .. Dutch(DangerConcepts.Floor, "op de grond|op de vloer|op de tegels|*vloer|vloer"),
        .. English(DangerConcepts.Floor, "on the floor|on the ground|floor|on the tiles"),
        .. Dutch(DangerConcepts.Forever, "voor altijd|voorgoed|voor eeuwig|voor eens en altijd"),
        .. English(DangerConcepts.Forever, "forever|for good|for ever|permanently"),
        .. Dutch(DangerConcepts.Vanish, "verdwijnen|verdwijn|oplossen in het niets|er niet meer zijn|er niet meer wil zijn"),
        .. English(DangerConcepts.Vanish, "disappear|vanish|not exist|not be here"),
        // Away from someone or somewhere: "voorgoed weg bij hem", "voor altijd weg uit deze stad".
        .. Dutch(DangerConcepts.LeaveFrom, "weg bij|weg uit|weg van|bij hem weg|bij haar weg|uit dit huis|uit deze stad|uit deze buurt|uit nederland|naar het buitenland|emigreren|terug naar|bij hem vandaan|bij haar vandaan|van hem af|van haar af"),
        .. English(DangerConcepts.LeaveFrom, "away from|out of this|out of here|leave him|leave her|leave this|leave home|leave town|move away|move abroad|go back to"),
        // A picture of the house, the door or the children's school sent without a word: "I know where you are".
        .. Dutch(DangerConcepts.PhotoOfWhere, "foto van de school|foto van zijn school|foto van haar school|foto van hun school|foto van ons huis|foto van mijn huis|foto van onze deur|foto van mijn voordeur|foto van onze voordeur|foto van de voordeur|foto van mijn auto|foto van mijn kinderen|foto van de kinderen|fotos van mijn kinderen|foto's van mijn kinderen|foto van mijn dochter|foto van mijn zoon|foto van ons raam|foto van mijn werk"),
        .. English(DangerConcepts.PhotoOfWhere, "photo of my house|photo of our house|picture of my house|picture of our house|photo of the school|picture of the school|photo of my kids|picture of my kids|photos of my kids|pictures of my kids|photo of my front door|picture of my front door|photo of my car|photo of my daughter|photo of my son"),
        .. Dutch(DangerConcepts.SentVerb, "stuurde|stuurt|stuurden|gestuurd|appte|appt|geappt|plaatste|postte"),
        .. English(DangerConcepts.SentVerb, "sent|sends|texted|posted|dm'd|messaged"),
        // The thought of how easy it would be, beside a height, a train, water or pills: ideation told as a passing thought.
        .. Dutch(DangerConcepts.EasyWay, "hoe makkelijk het zou zijn|hoe makkelijk het is om|hoe makkelijk het was om|hoe eenvoudig het zou zijn|hoe simpel het zou zijn|hoe snel het voorbij zou zijn|zo makkelijk zou zijn|zou zo makkelijk zijn|één stap|een stapje maar"),
        .. English(DangerConcepts.EasyWay, "how easy it would be|how easy it'd be|how easy it is to|how simple it would be|how quick it would be|would be so easy|one step and"),
        // Marks on the body kept out of sight: a scarf over the neck, make-up over a bruise.
        .. Dutch(DangerConcepts.Marks, "blauwe plekken|blauwe plek|plekken in mijn|plekken op mijn|plekken in haar|plekken op haar|plekken in zijn|plekken op zijn|de plekken|striemen|wondjes|schrammen|een blauw oog|blauw oog"),
        .. English(DangerConcepts.Marks, "bruises|bruise|bruising|marks on|the marks|welts|a black eye|black eye"),
        .. Dutch(DangerConcepts.Conceal, "verbergen|verberg|verborg|verborgen|verstoppen|verstop|bedekken|bedek|camoufleren|wegschminken|weg te schminken|sjaal|coltrui|make-up|zonnebril|niemand mag zien|niemand ziet"),
        .. English(DangerConcepts.Conceal, "hide|hides|hiding|hid|cover up|covers up|covering|concealer|scarf|turtleneck|make-up|makeup|sunglasses|nobody sees|no one sees"),
        // A diabetic who goes quiet, pale and sweaty: a hypo told by a child or a partner without the word.
        .. Dutch(DangerConcepts.Diabetes, "suikerziekte|diabetes|diabeet|diabetisch|suikerpatient|suikerpatiënt|insuline|suikerspiegel"),
        .. English(DangerConcepts.Diabetes, "diabetes|diabetic|insulin|blood sugar"),
        .. Dutch(DangerConcepts.Silent, "zegt niks meer|zegt niets meer|praat niet meer|reageert raar|geeft geen antwoord|kijkt raar"),
        .. English(DangerConcepts.Silent, "says nothing|isn't talking|not talking|won't answer|doesn't answer|staring"),
        // A smell of gas told with words between: "het ruikt in de gang heel sterk naar gas".
        .. Dutch(DangerConcepts.SmellVerb, "ruikt|ruik|rook|roken|stinkt|stonk|geroken|sist|sissen|sissend"),
        .. English(DangerConcepts.SmellVerb, "smell|smells|smelled|smelt|stinks|hissing|hiss"),
        .. Dutch(DangerConcepts.Pain, "pijn|zeer|bloedt|bloed|jeukt|branderig|rood en|ontstoken"),
        .. English(DangerConcepts.Pain, "pain|hurts|sore|bleeding|blood|itchy|burning"),
        // A detector to buy or replace, not one that sounds: "ik heb een nieuwe koolmonoxidemelder nodig".
        .. Dutch(DangerConcepts.BuyDetector, "melder nodig|nieuwe melder|melder kopen|melder aanschaffen|koolmonoxidemelder nodig|nieuwe koolmonoxidemelder|koolmonoxidemelder kopen|co-melder kopen|co melder kopen|rookmelder nodig|nieuwe rookmelder"),
        .. English(DangerConcepts.BuyDetector, "need a new detector|need a detector|buy a detector|new co detector|buy a co detector|need a carbon monoxide detector|buy a carbon monoxide detector"),
        .. Dutch(DangerConcepts.Found, "bleek in de|bleek bij|bleek gewoon|hebben hem gevonden|hebben haar gevonden|heb hem gevonden|heb haar gevonden|teruggevonden|weer gevonden|was gewoon bij|zat gewoon bij"),
        .. English(DangerConcepts.Found, "found him|found her|turned out he|turned out she|was just at|was at a friend"),
    ];
}
