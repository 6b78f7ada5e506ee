namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>The kinds of danger that get help lines at once.</summary>
public enum SafetyConcern
{
    /// <summary>Suicidal thoughts or plans, wanting to be dead, self-harm.</summary>
    Suicide,

    /// <summary>Domestic violence, threats, someone in immediate danger.</summary>
    Violence,

    /// <summary>A child being hurt, abused or neglected.</summary>
    ChildHarmed,

    /// <summary>Rape, sexual assault, sexual abuse or sextortion.</summary>
    SexualViolence,

    /// <summary>Overdose or acute medical danger.</summary>
    Medical,
}
