using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>Sexual violence, abuse of children told in veiled words, sextortion and neglect.</summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Abuse() =>
    [
        .. Dutch(DangerConcepts.SexualAbuse,
            "zonder mijn broek|zonder broek wakker|wakker in een vreemd huis|weet niks meer en|weet nix meer en|iets in mijn drankje|aan haar plasje|aan zijn plasje|aan mijn plasje|aan haar plassertje|aan zijn piemel|aan haar vagina|aan haar kruis|als ik nee zeg|als ik nee zei|ook al zeg ik nee|doet hij het toch|doet het toch|deed het toch|gedrogeerd|gedrugd|iets in haar drankje|iets in zijn drankje|wakker zonder kleren|zonder kleren wakker|naakt wakker|rare spelletjes onder|spelletjes onder de deken|verkracht*|aangerand*|aanranding|misbruik|misbruikt|misbruiken|misbruikte|seksueel misbruik*|sexueel misbruik*|seksueel geweld|sexueel geweld|betast|betastte|betasten|ongewenst aangeraakt|ongewenste aanrakingen",
            "zit aan me|zit aan mij|zat aan me|zat aan mij|zitten aan me|aan me zitten|aan mij zitten|aan me gezeten|aan mij gezeten|aan mijn lijf|aan mijn lichaam|aan mijn borsten|aan mijn billen|aan mijn kruis|aan mijn piemel|aan mijn plassertje|aan mijn plasser",
            "onder mijn kleren|onder haar kleren|onder zijn kleren|in mijn onderbroek|in haar onderbroek|in zijn onderbroek|raakt me aan|raakte me aan|raakt mij aan|raakte mij aan|aangeraakt op|aanraken op plekken",
            "dingen deed die ik niet wilde|dingen deed die ik niet wou|dingen doet die ik niet wil|dingen die ik niet wilde|dingen die ik niet wou|dingen die ik niet wil|dingen doen die ik niet wil|dingen bij me|dingen bij mij|dingen met me doet|dingen met mij doet|doet dingen met|deed dingen met|doet rare dingen|deed rare dingen|komt s nachts op mijn kamer|komt 's nachts op mijn kamer|komt in mijn bed|kruipt in mijn bed",
            "grensoverschrijdend|seks tegen mijn wil|tegen mijn wil|zonder dat ik het wilde|terwijl ik nee zei|ondanks dat ik nee|loverboy|loverboys|pooier|moet seks hebben met|werk in de prostitutie|moest met mannen",
            "zijn broek uit moet|haar broek uit moet|broek uit moet|kleren uit moet|moet zich uitkleden|de struiken in getrokken|de bosjes in getrokken|de bosjes in gesleurd|de struiken in gesleurd|kwam in mijn bed|kroop in mijn bed|laat me dingen doen|moet dingen bij hem doen|moet ik dingen bij hem doen|doe dan maar wat hij wil|doe ik maar wat hij wil",
            "doet aan me|doet aan mij|deed aan me|deed aan mij|zit steeds aan me"),
        .. English(DangerConcepts.SexualAbuse,
            "woke up without my|woke up in a strange|spiked drink|touches her private|touches his private|drugged|spiked|spiked my drink|spiked her drink|woke up naked|woke up without|does it anyway|did it anyway|rape|raped|raping|rapist|molest|molested|molesting|sexual assault|sexually assaulted|sexual abuse|sexually abused|groped|groping|touches me|touched me|touching me|touch me|touched my|touches my|under my clothes|in my underwear",
            "things i don't want|things i dont want|against my will|without my consent|i said no|comes into my room|gets into my bed|pimp|trafficked",
            "forced himself on me|forced himself on her|forced me to|got into my bed|came into my bed|pulled me into the bushes|dragged me into the bushes|makes me do things|made me do things|i froze|comes in whenever he wants"),
        .. Dutch(DangerConcepts.Sex, "rare spelletjes|vieze spelletjes|geheime spelletjes|onder de deken|onder de dekens|in bed bij|seks eisen|seks eist|seks|sex|seksueel|sexueel|seksuele|sexuele|seksuele handelingen|neuken|vrijen|pijpen|naakt|uitkleden|bloot|piemel|kruis|borsten|geslachtsdeel|intiem"),
        .. English(DangerConcepts.Sex, "sex|sexual|naked|nude|undress|private parts|blowjob"),
        .. Dutch(DangerConcepts.Force, "eisen|eist|eiste|nee zeg|nee zei|doet het toch|doet hij het toch|dwingt|dwong|dwingen|gedwongen|forceert|forceerde|moest van hem|moet van hem|moest van haar|onder druk|chanteert|zonder toestemming|tegen mijn wil|niet wilde|ik wilde niet|wil niet maar"),
        .. English(DangerConcepts.Force, "forced|forces|forcing|made me|makes me|pressured|pressures|pressuring|without consent|didn't want|did not want|i didn't want to|against my will"),
        .. Dutch(DangerConcepts.TouchBody, "raakt aan|raakte aan|aanraken|aangeraakt|zit aan|zat aan|aanzitten|aangezeten|gezeten|betast|kussen|zoenen|betasten|streelt|streelde|strelen",
            "aan haar zit|aan hem zit|aan haar zat|aan hem zat|aan haar zitten|aan hem zitten|aan mij zit|aan me zit"),
        .. English(DangerConcepts.TouchBody, "touch|touches|touched|touching|kiss|kissed|kisses|strokes|fondle|fondled"),
        .. Dutch(DangerConcepts.Secret, "mag ik niet vertellen|mag ik niemand vertellen|mag niemand weten|niet vertellen van|dat mag ik niet zeggen|mag het niemand vertellen|ons geheimpje|ons geheim|geheimpje|mag het niet vertellen|mag niet vertellen|mag het aan niemand|mag het niemand|niet aan mama vertellen|niet aan papa vertellen|zegt dat ik het niet mag zeggen",
            "niks tegen zijn ouders|niks tegen haar ouders|niks tegen je ouders|niet tegen je ouders|niet tegen zijn ouders|niks tegen mama zeggen|geheim houden voor|geheimhouden voor|geheim houd|geheim houdt|geheim moet houden|geheim te houden|smeekte me het niet",
            "niks mag zeggen|niets mag zeggen|mag niks zeggen|mag niets zeggen|mocht niks zeggen"),
        .. English(DangerConcepts.Secret, "their secret|their little secret|a secret between|our secret|our little secret|not allowed to tell|can't tell anyone|cant tell anyone|told me not to tell|not to tell mom|not to tell my mom",
            "keep it secret from|keep it a secret from|not tell your parents|not to tell his parents|not to tell her parents|begged me not to tell"),
        .. Dutch(DangerConcepts.NudeImage,
            "naaktfoto*|naakt foto*|naakt fotos|naaktbeelden|naaktfilmpje*|naakt filmpje*|naakt|nudes|nude|pikante foto*|sexy foto*|foto's zonder kleren|fotos zonder kleren|foto's in mijn ondergoed|fotos in mijn ondergoed|filmpje van mij|video van mij|beelden van mij|intieme foto*|intieme beelden|intieme video*|intieme filmpje*|seksvideo*|naaktvideo*|seksfilmpje*"),
        .. English(DangerConcepts.NudeImage, "nudes|nude pics|nude photos|naked pics|naked photos|naked pictures|intimate photos|intimate images|explicit photos|pics of me|photos of me|video of me"),
        .. Dutch(DangerConcepts.Spread,
            "verspreiden|verspreidt|verspreid|te verspreiden|online zetten|online gezet|op internet zetten|op internet gezet|posten|doorsturen|door te sturen|doorgestuurd|rondsturen|rond te sturen|rondgestuurd|naar iedereen|aan iedereen|naar mijn ouders|naar school sturen|naar zijn vrienden|naar mijn vrienden|openbaar maken|delen met"),
        .. English(DangerConcepts.Spread, "share|shared|sharing|post|posted|posting|leak|leaked|leaking|send to everyone|send them to|sent them to|show everyone|to my parents|to my friends|to my school|online|publish"),
        .. Dutch(DangerConcepts.Blackmail, "chanteer*|chantage|afpers*|sextortion|wil geld anders|moet betalen anders|anders stuurt hij|anders zet hij|anders stuurt ze|anders zet ze|eist geld|eist meer foto"),
        .. English(DangerConcepts.Blackmail, "blackmail|blackmailing|blackmailed|extort|extortion|extorting|sextortion|pay or|or else|otherwise he will|demanding money|wants money or|wants more pics"),
        .. Dutch(DangerConcepts.Neglect,
            "verwaarloz*|verwaarlozen|lopen al dagen alleen|dagen alleen|nachten alleen|verwaarloos*|verwaarlozing|krijgen geen eten|krijgt geen eten|geen eten krijgen|krijgen niks te eten|krijgt niks te eten|alleen thuis gelaten|alleen gelaten|laat ze alleen|laten ze alleen|laat hem alleen|laat haar alleen|vieze luiers|in vieze luier|niemand zorgt voor|zorgt niet voor|vies en hongerig|honger hebben en|zwerven op straat|dagenlang alleen"),
        .. English(DangerConcepts.Neglect, "alone for days|neglect|neglected|neglecting|no food for|left alone for|leaves them alone|left home alone|dirty nappies|dirty diapers|nobody looks after|starving"),
        .. Dutch(DangerConcepts.NeglectSign, "dezelfde luier|zelfde luier|niet verschoond|lopen alleen rond|loopt alleen rond|alleen rond|zonder eten|geen eten|hebben honger|heeft honger|niemand thuis|niemand is thuis|moeder is er niet|vader is er niet|ouders zijn er niet|niemand doet open|bellen bij mij aan|vieze kleren|alleen in huis|alleen in de flat|alleen thuis gelaten|al twee dagen alleen|al dagen alleen|dagen alleen|geen volwassene|geen volwassenen|niemand is thuisgekomen|niemand komt thuis|dagen alleen thuis|dage alleen thuis|nachten alleen thuis|kinderen alleen thuis|om eten vragen|om eten vroegen|om eten kwamen|moeder nergens|vader nergens|ouders nergens",
            "dagen weg|soms dagen weg|nachten weg|moet zorgen voor zijn zusje|moet zorgen voor haar broertje|voor zijn zusje moet zorgen|voor haar zusje moet zorgen|voor zijn broertje moet zorgen|droge cornflakes|niks meer in huis|niets meer in huis|geen eten in huis|niks te eten|vergeet eten te kopen|zorg zelf voor mijn broertje|zorg zelf voor mijn zusje|in haar pyjama|in zijn pyjama|in hun pyjama|op de galerij|zonder schoenen|vrieskou|ijskoud|broodmager|natte luier|koude kamer|geen fles|urenlang achter de deur|deur blijft dicht|niemand deed open",
            "laat me alleen met|komt pas de volgende dag|vieze luier|gaat uit en"),
        .. English(DangerConcepts.NeglectSign, "same nappy|same diaper|not been changed|left alone|left home alone|kids are alone|children are alone|without food|no food|starving|nobody home|no one home|parents are not there|alone in the flat|alone in the house|alone for two days|alone for days|no adult|no grown up|nobody has come home|no one has come home",
            "nothing to eat|no food in the house|in her pyjamas|in his pyjamas|no shoes|freezing cold|skin and bones|wet nappy|cold room|no bottle|crying for hours"),
        .. Dutch(DangerConcepts.Duration, "al dagen|dagen|al 2 dagen|2 dagen|3 dagen|twee dagen|drie dagen|hele dag|de hele dag|hele nacht|nachten|al een week|een week|weekend|elke dag|steeds vaker|al weken"),
        .. English(DangerConcepts.Duration, "days|for days|all day|all night|a week|every day|weeks|the whole weekend"),
        .. Dutch(DangerConcepts.ChildAbuseWord, "kindermishandeling|kinder mishandeling|mishandeling van kinderen|kindermisbruik|shaken baby|babyschudden|seksueel misbruik van kinderen|pedo|pedofiel"),
        .. English(DangerConcepts.ChildAbuseWord, "child abuse|child neglect|shaken baby|paedophile|pedophile|grooming|groomed"),
    ];
}
