namespace KooAssistent.Storage.Changes;

/// <summary>The change feed within one process: each change goes to every <see cref="IChangeSubscriber"/> at once.</summary>
public sealed class LocalChangeFeed(IEnumerable<IChangeSubscriber> subscribers) : IChangeFeed
{
    private readonly IChangeSubscriber[] subscribers = [.. subscribers];

    public void Publish(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in subscribers)
        {
            subscriber.OnChange(change);
        }
    }
}
