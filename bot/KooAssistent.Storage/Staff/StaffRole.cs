namespace KooAssistent.Storage.Staff;

/// <summary>What a staff member may do: a medewerker works their own Buurtteam's queue, a coordinator sees all teams and the audit log, a beheerder manages accounts.</summary>
public enum StaffRole
{
    Medewerker,
    Coordinator,
    Beheerder,
}
