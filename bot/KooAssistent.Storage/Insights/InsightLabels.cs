namespace KooAssistent.Storage.Insights;

/// <summary>The Dutch words the page and the CSV use for routes and ticket ends (staff-facing, not resident text).</summary>
public static class InsightLabels
{
    public static string Route(string route) => route switch
    {
        "Answer" => "Beantwoord",
        "Clarify" => "Teruggevraagd",
        "OutOfScope" => "Buiten bereik",
        "Handoff" => "Naar Buurtteam",
        "Crisis" => "Crisis",
        _ => route,
    };

    /// <summary>A ticket's team by name; the shared queue, for a resident who gave no wijk or postcode, by what it is.</summary>
    public static string Team(string team) => team == Tickets.TicketTeams.Unknown ? "Geen wijk of postcode (gedeelde wachtrij)" : team;

    /// <summary>A handoff's wijk; "onbekend" when the resident named none and gave no postcode of one.</summary>
    public static string Wijk(string? wijk) => string.IsNullOrEmpty(wijk) ? "onbekend" : wijk;

    /// <summary>How a ticket ended: the outcome a worker chose, or where it stands.</summary>
    public static string TicketEnd(InsightHandoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return handoff.Status switch
        {
            "Resolved" => "Afgesloten: " + (handoff.Outcome ?? "anders"),
            "Queued" => "Wacht nog",
            "Assigned" => "In behandeling",
            "ReturnedToBot" => "Terug naar de bot",
            "Abandoned" => "Verlaten",
            _ => handoff.Status,
        };
    }

    public static string GapKind(string kind) => kind switch
    {
        GapKinds.AskedBack => "teruggevraagd",
        GapKinds.OutOfScope => "buiten bereik",
        GapKinds.LowConfidence => "onzeker antwoord",
        GapKinds.NotHelped => "👎",
        _ => kind,
    };
}
