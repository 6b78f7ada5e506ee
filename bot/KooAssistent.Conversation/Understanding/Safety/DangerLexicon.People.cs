using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>Who is in the message: the writer, the people close to them, children, neighbours, others.</summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> People() =>
    [
        .. Dutch(DangerConcepts.Self, "ik|ikke|ikzelf|k|kzal|kwil|kben|kheb|kga|kzou|kan ik|wil ik|ben ik|heb ik|ga ik|zou ik"),
        .. English(DangerConcepts.Self, "i|im|i'm|ive|i've|ill|i'll|id|i'd|me myself"),
        .. Dutch(DangerConcepts.Me, "me|mij|mezelf|mijzelf|ons"),
        .. English(DangerConcepts.Me, "me|us|myself"),
        .. Dutch(DangerConcepts.Reflexive, "mezelf|mijzelf|me zelf|zichzelf|zich zelf|haarzelf|hemzelf|jezelf|zelf iets"),
        .. English(DangerConcepts.Reflexive, "myself|herself|himself|themselves|themself|yourself|my self"),
        .. Dutch(DangerConcepts.Partner,
            "man|vrouw|vriend|vriendin|vriendje|vriendinnetje|partner|echtgenoot|echtgenote|ex|expartner|ex-partner|exman|exvrouw|exvriend|exvriendin",
            "vent|kerel|lief|schat|verloofde|mijn man|mn man|mijn vrouw|mijn vriend|mijn ex|de vader van mijn kinderen|de vader van de kinderen|de moeder van mijn kinderen"),
        .. English(DangerConcepts.Partner, "husband|wife|boyfriend|girlfriend|bf|gf|partner|spouse|hubby|fiance|fiancee|ex|ex-husband|ex-boyfriend|ex-wife|my ex"),
        .. Dutch(DangerConcepts.Parent,
            "vader|moeder|papa|mama|pa|ma|pap|mam|paps|mams|stiefvader|stiefmoeder|stiefpa|stiefma|stiefpapa|stiefmama|ouders|pleegvader|pleegmoeder|vriend van mijn moeder|vriend van mama|vriend van mn moeder"),
        .. English(DangerConcepts.Parent, "dad|mom|mum|mommy|mummy|daddy|father|mother|stepdad|stepfather|stepmom|stepmother|parents|foster father|foster mother|mom's boyfriend|mums boyfriend|moms boyfriend"),
        .. Dutch(DangerConcepts.Relative,
            "broer|zus|zusje|broertje|zussen|broers|oom|tante|opa|oma|neef|nicht|schoonvader|schoonmoeder|zwager|schoonzus|familielid|familie|schoonfamilie|schoonzoon|schoondochter|kleinzoon|kleindochter"),
        .. English(DangerConcepts.Relative, "brother|sister|uncle|aunt|grandpa|grandma|grandfather|grandmother|cousin|nephew|niece|brother-in-law|father-in-law|family member|in-laws"),
        .. Dutch(DangerConcepts.Child,
            "broertje|zusje|broertjes|zusjes|nichtje|neefje|kleinzoon|kleindochter|kleinkind|kleinkinderen|jaar oud|jarige|het kind|de kinderen|een kind|kind|kinderen|kindje|kindjes|kinders|kids|kiddo|zoon|zoontje|zonen|dochter|dochtertje|dochters|meisje|meid|meidje|jongen|jongetje|jochie|baby|babytje|baby'tje|peuter|kleuter|dreumes",
            "tiener|puber|kleine|kleintje|jongste|oudste|stiefzoon|stiefdochter|pleegkind|pleegzoon|pleegdochter|leerling|leerlinge|mijn zoon|mijn dochter",
            "buurmeisje|buurjongen|buurjongetje|buurkind|buurkinderen"),
        .. English(DangerConcepts.Child, "year old|years old|yo|little brother|little sister|grandson|granddaughter|grandchild|child|children|kid|kids|son|daughter|baby|toddler|boy|girl|little one|teen|teenager|stepson|stepdaughter|pupil|student|infant|newborn"),
        .. Dutch(DangerConcepts.YoungChild,
            "is 2,5|is 1,5|is 3,5|2,5 jaar|1,5 jaar|3,5 jaar|gooit zich op de grond|gooit zichzelf op de grond|haar zin niet krijgt|zijn zin niet krijgt|denkbeeldig vriendje|vriendje dat niet bestaat|vriendinnetje dat niet bestaat|15 maanden|16 maanden|17 maanden|18 maanden|19 maanden|20 maanden|21 maanden|22 maanden|23 maanden|anderhalf jaar|anderhalf|peuter|peutertje|kleuter|dreumes|dreumesje|kinderdagverblijf|kdv|opvang|peuterspeelzaal|driftbui|driftbuien|van 1|van 2|van 3|van 4|van 5|van 1,5|van 2,5|van anderhalf",
            "1 jaar|2 jaar|3 jaar|4 jaar|5 jaar|twee jaar|drie jaar|vier jaar|vijf jaar|van vijf|2 jarige|3 jarige|4 jarige|2jarige|3jarige|tweejarige|driejarige|vierjarige|van twee|van drie|van vier",
            "jaar of 2|jaar of 3|jaar of 4|jaar of 5|een jaar of 4|een jaar of 3"),
        .. English(DangerConcepts.YoungChild, "imaginary friend|throws herself on the floor|throws himself on the floor|15 month|16 month|17 month|18 month|19 month|20 month|21 month|22 month|23 month|18 months|20 months|toddler|toddlers|daycare|nursery|tantrum|tantrums|2 year old|3 year old|4 year old|two year old|three year old|2yo|3yo|terrible twos",
            "3-year-old|2-year-old|4-year-old|my toddler"),
        .. Dutch(DangerConcepts.Neighbour, "buurman|buurvrouw|buren|buurjongen|buurmeisje|bovenburen|onderburen|buurkinderen|hiernaast|naast ons|naast mij|bovenbuurman|benedenburen|overbuurman|overbuurvrouw|overburen"),
        .. English(DangerConcepts.Neighbour, "neighbour|neighbours|neighbor|neighbors|next door|upstairs neighbour|downstairs neighbour"),
        .. Dutch(DangerConcepts.Other, "iemand|een man|een vrouw|huisjesmelker|verhuurder|een jongen|jongens|een vent|een gozer|vreemde|onbekende|die man|die vent|gasten|mannen|leraar|juf|meester|trainer|coach|oppas|een groep|*trainer|*coach|jeugdleider|*leraar"),
        .. English(DangerConcepts.Other, "someone|somebody|a man|a guy|guys|stranger|this guy|teacher|coach|babysitter|a group"),
        .. Dutch(DangerConcepts.ThirdPerson, "hij|zij|ze|hem|haar|hullie"),
        .. English(DangerConcepts.ThirdPerson, "he|she|him|her|they|them|he's|she's"),
    ];
}
