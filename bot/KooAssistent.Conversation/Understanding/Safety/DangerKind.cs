namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>The kinds of danger the reader tells apart, because each needs its own help first.</summary>
public enum DangerKind
{
    /// <summary>Wanting to die, a plan, means, farewell: 113.</summary>
    Suicide,

    /// <summary>Cutting, burning or otherwise hurting oneself, and its wounds: 113.</summary>
    SelfHarm,

    /// <summary>Violence, threats or control by a partner, ex, parent or someone else at home: 112 and Veilig Thuis.</summary>
    DomesticViolence,

    /// <summary>A threat by someone else: a weapon, a loan shark, a stalker: 112.</summary>
    Threat,

    /// <summary>The writer fears hurting someone else, their own child included: 112 and Veilig Thuis.</summary>
    HarmToOthers,

    /// <summary>A child hurt, abused or neglected: 112 and Veilig Thuis.</summary>
    ChildAbuse,

    /// <summary>Rape, sexual assault or abuse, sextortion: Centrum Seksueel Geweld and 112.</summary>
    SexualViolence,

    /// <summary>Not breathing, unconscious, a stroke, heavy bleeding, an overdose: 112 first.</summary>
    Medical,

    /// <summary>Fire, smoke, a gas smell, carbon monoxide: 112 first, get out.</summary>
    FireOrGas,

    /// <summary>A child missing, near water: 112 first.</summary>
    MissingChild,

    /// <summary>Psychosis, voices telling someone to harm: 112 when there is danger, else the GP the same day.</summary>
    MentalCrisis,
}
