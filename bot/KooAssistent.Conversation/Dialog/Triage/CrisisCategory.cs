namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>The crisis categories the bot has a reply for; each maps to its own help lines.</summary>
public enum CrisisCategory
{
    /// <summary>Suicidal thoughts or plans, self-harm.</summary>
    Suicide,

    /// <summary>Domestic violence, threats.</summary>
    Violence,

    /// <summary>A child being hurt or abused.</summary>
    ChildHarmed,

    /// <summary>Sexual violence.</summary>
    SexualViolence,

    /// <summary>Overdose, acute medical danger, someone in immediate danger.</summary>
    Medical,

    /// <summary>Fire, gas or a missing child, without saying which (a model's opinion): one reply for all three.</summary>
    Emergency,

    /// <summary>Psychosis, voices telling someone to do harm.</summary>
    MentalHealth,

    /// <summary>The writer fears hurting someone else, their own child included.</summary>
    HarmToOthers,

    /// <summary>Fire, smoke, a gas smell, carbon monoxide: get everyone out first.</summary>
    FireOrGas,

    /// <summary>A child missing, near water above all: 112 and search the water first.</summary>
    MissingChild,
}
