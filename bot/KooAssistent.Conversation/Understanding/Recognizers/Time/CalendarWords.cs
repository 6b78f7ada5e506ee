using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>The calendar's words in Dutch and English, folded (no accents, lower case).</summary>
internal static class CalendarWords
{
    private static readonly string[] DutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Month names, full or abbreviated ("mrt", "sept").</summary>
    public static readonly WordTable<int> Months = new(
        Numbered(DutchMonths, [("jan", 1), ("feb", 2), ("febr", 2), ("mrt", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("dec", 12)]),
        Numbered(EnglishMonths, [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]));

    /// <summary>Full month names only: abbreviations such as "jan" are too often something else to stand alone.</summary>
    public static readonly WordTable<int> FullMonths = new(Numbered(DutchMonths, []), Numbered(EnglishMonths, []));

    public static readonly WordTable<DayOfWeek> Weekdays = new(
        Days(["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]),
        Days(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]));

    /// <summary>Days relative to today.</summary>
    public static readonly WordTable<int> RelativeDays = new(
        new Dictionary<string, int> { ["vandaag"] = 0, ["morgen"] = 1, ["overmorgen"] = 2, ["gisteren"] = -1, ["gister"] = -1, ["eergisteren"] = -2 },
        new Dictionary<string, int> { ["today"] = 0, ["tomorrow"] = 1, ["yesterday"] = -1 });

    public static readonly WordTable<DatePrecision> Periods = new(
        new Dictionary<string, DatePrecision> { ["week"] = DatePrecision.Week, ["maand"] = DatePrecision.Month, ["jaar"] = DatePrecision.Year },
        new Dictionary<string, DatePrecision> { ["week"] = DatePrecision.Week, ["month"] = DatePrecision.Month, ["year"] = DatePrecision.Year });

    /// <summary>Which period relative to this one: next (+1), previous (-1) or this (0).</summary>
    public static readonly WordTable<int> PeriodModifiers = new(
        new Dictionary<string, int>
        {
            ["volgende"] = 1, ["volgend"] = 1, ["komende"] = 1, ["komend"] = 1, ["aanstaande"] = 1,
            ["vorige"] = -1, ["vorig"] = -1, ["afgelopen"] = -1, ["verleden"] = -1,
            ["deze"] = 0, ["dit"] = 0,
        },
        new Dictionary<string, int> { ["next"] = 1, ["coming"] = 1, ["last"] = -1, ["previous"] = -1, ["this"] = 0 });

    /// <summary>"eind van de maand" is its last day, "begin" its first.</summary>
    public static readonly WordTable<bool> PeriodEdges = new(
        new Dictionary<string, bool> { ["eind"] = true, ["einde"] = true, ["begin"] = false },
        new Dictionary<string, bool> { ["end"] = true, ["beginning"] = false, ["start"] = false });

    public static readonly WordTable<DurationUnit> Units = new(
        UnitWords(DurationUnit.Days, "dag", "dagen", "dagje", "dagjes")
            .Concat(UnitWords(DurationUnit.Weeks, "week", "weken", "weekje", "weekjes", "wk"))
            .Concat(UnitWords(DurationUnit.Months, "maand", "maanden", "maandje", "maandjes", "mnd"))
            .Concat(UnitWords(DurationUnit.Years, "jaar", "jaren", "jaartje", "jaartjes", "jr"))
            .ToDictionary(),
        UnitWords(DurationUnit.Days, "day", "days")
            .Concat(UnitWords(DurationUnit.Weeks, "week", "weeks", "wk", "wks"))
            .Concat(UnitWords(DurationUnit.Months, "month", "months"))
            .Concat(UnitWords(DurationUnit.Years, "year", "years", "yr", "yrs"))
            .ToDictionary());

    /// <summary>"1e", "1ste", "2de", "1st", "2nd", "3rd", "4th".</summary>
    public static readonly WordTable<bool> OrdinalSuffixes = WordSet.Of(["e", "ste", "de"], ["st", "nd", "rd", "th"]);

    /// <summary>Words after which a bare month name means that month: "sinds maart", "in May".</summary>
    public static readonly WordTable<bool> MonthPrepositions = WordSet.Of(
        ["in", "sinds", "vanaf", "per", "tot", "medio", "voor", "na", "rond"],
        ["in", "since", "from", "until", "till", "by", "before", "after", "around"]);

    private static Dictionary<string, int> Numbered(string[] full, (string Word, int Month)[] abbreviations) =>
        full.Select((name, index) => (name, index + 1)).Concat(abbreviations).ToDictionary();

    private static Dictionary<string, DayOfWeek> Days(string[] sundayFirst) =>
        sundayFirst.Select((name, index) => (name, (DayOfWeek)index)).ToDictionary();

    private static IEnumerable<KeyValuePair<string, DurationUnit>> UnitWords(DurationUnit unit, params string[] words) =>
        words.Select(word => KeyValuePair.Create(word, unit));
}
