namespace KooAssistent.Storage.Changes;

/// <summary>
/// Hears every change raised in this process, whether made here or on another instance. It must not block or
/// throw: it only wakes its own listeners (a stream, a console), who re-read the store themselves.
/// </summary>
public interface IChangeSubscriber
{
    void OnChange(Change change);
}
