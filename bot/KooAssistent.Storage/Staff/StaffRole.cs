namespace KooAssistent.Storage.Staff;

/// <summary>
/// What a staff member may do: a medewerker works their own Buurtteam's queue, a coordinator sees all teams and the
/// audit log, a beheerder manages accounts, and a redacteur (an editor of the knowledge) sees the content figures and
/// the gaps on the Inzicht page — never a ticket, a transcript or the queue.
/// </summary>
public enum StaffRole
{
    Medewerker,
    Coordinator,
    Beheerder,
    Redacteur,
}
