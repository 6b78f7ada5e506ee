using System.Collections.Concurrent;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// One open stream per conversation, as Direct Line prescribes. The newest connection wins: after a page reload
/// the old socket may linger half-open, and the resident's new page must not be the one refused.
/// </summary>
public sealed class StreamRegistry
{
    private readonly ConcurrentDictionary<string, Registration> streams = new(StringComparer.Ordinal);

    /// <summary>Registers a stream; the token it returns is cancelled when a newer stream for the conversation arrives.</summary>
    public Registration Register(string conversationId)
    {
        var registration = new Registration(this, conversationId);
        streams.AddOrUpdate(
            conversationId,
            registration,
            (_, previous) =>
            {
                previous.Supersede();
                return registration;
            });
        return registration;
    }

    public sealed class Registration : IDisposable
    {
        private readonly StreamRegistry owner;
        private readonly CancellationTokenSource superseded = new();

        internal Registration(StreamRegistry owner, string conversationId)
        {
            this.owner = owner;
            ConversationId = conversationId;
        }

        public string ConversationId { get; }

        public CancellationToken Superseded => superseded.Token;

        public bool WasSuperseded => superseded.IsCancellationRequested;

        public void Dispose()
        {
            owner.streams.TryRemove(KeyValuePair.Create(ConversationId, this));
            superseded.Dispose();
        }

        internal void Supersede()
        {
            try
            {
                superseded.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The older stream already ended on its own.
            }
        }
    }
}
