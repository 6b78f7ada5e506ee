namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>How much of the calendar a date expression covers.</summary>
public enum DatePrecision
{
    /// <summary>One day: Start and End are the same.</summary>
    Day,

    /// <summary>A Monday-to-Sunday week (the Dutch and ISO 8601 week).</summary>
    Week,

    /// <summary>A calendar month, first to last day.</summary>
    Month,

    /// <summary>A calendar year, 1 January to 31 December.</summary>
    Year,
}
