namespace KooAssistent.Storage.Tests;

/// <summary>
/// Rounds of simultaneous claims by eight outboxes standing for eight bot instances on one database (an instance claims
/// one round at a time), each round released before the next: what each round handed out, conversation ids in order.
/// </summary>
internal static class ConcurrentClaims
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> RunAsync(
        int rounds, Func<string, Task<IEnumerable<string>>> claim, Func<IReadOnlyList<string>, string, Task> release)
    {
        var handedOut = new List<IReadOnlyList<string>>();
        for (var round = 0; round < rounds; round++)
        {
            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => Task.Run(() => claim($"instance-{index}"))));
            var claimed = claims.SelectMany(ids => ids).Order(StringComparer.Ordinal).ToList();
            handedOut.Add(claimed);
            foreach (var instance in Enumerable.Range(0, 8))
            {
                await release(claimed, $"instance-{instance}");
            }
        }

        return handedOut;
    }
}
