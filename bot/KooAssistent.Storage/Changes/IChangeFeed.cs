namespace KooAssistent.Storage.Changes;

/// <summary>
/// Where turns, handoff and the staff console say that they committed something. Call it after the commit: a
/// listener that re-reads before the commit would find nothing new and wait for the next change.
/// </summary>
public interface IChangeFeed
{
    /// <summary>Raises the change in this process at once and, where instances share a database, in the others soon after.</summary>
    void Publish(Change change);
}
