namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>Whose age it is, when the words say so plainly.</summary>
public enum AgeSubject
{
    /// <summary>"15-jarige", "a 15 year old": the text does not say whose.</summary>
    Unknown,

    /// <summary>"ik ben 67", "I'm 15".</summary>
    Self,

    /// <summary>The writer's child: "mijn zoon van 15", "dochter van 8 jaar", "my son is 15".</summary>
    Child,

    /// <summary>Someone else: "mijn moeder (82)", "mijn man van 45".</summary>
    Other,
}
