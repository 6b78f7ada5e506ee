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

    /// <summary>Fire, smoke, gas, carbon monoxide, a child missing near water.</summary>
    Emergency,

    /// <summary>Psychosis, voices telling someone to do harm.</summary>
    MentalHealth,

    /// <summary>The writer fears hurting someone else, their own child included.</summary>
    HarmToOthers,
}
