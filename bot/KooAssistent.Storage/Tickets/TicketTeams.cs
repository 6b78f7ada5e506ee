namespace KooAssistent.Storage.Tickets;

public static class TicketTeams
{
    /// <summary>The team of a ticket whose resident gave no postcode or wijk: a shared queue every team sees.</summary>
    public const string Unknown = "onbekend";
}
