using System.Collections.Concurrent;
using System.Net;
using KooAssistent.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// One open stream per conversation, as Direct Line prescribes. The newest connection wins: after a page reload
/// the old socket may linger half-open, and the resident's new page must not be the one refused. Streams are also
/// counted, in all and per client address, so that sockets nobody closes cannot pile up without end.
/// </summary>
public sealed class StreamRegistry(IOptions<DirectLineOptions> options)
{
    private readonly ConcurrentDictionary<string, Registration> streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> perAddress = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int open;

    /// <summary>Streams admitted and not yet ended, on this instance.</summary>
    public int OpenStreams
    {
        get
        {
            lock (gate)
            {
                return open;
            }
        }
    }

    /// <summary>Client addresses with at least one stream; what the per-address count holds in memory.</summary>
    public int Addresses
    {
        get
        {
            lock (gate)
            {
                return perAddress.Count;
            }
        }
    }

    /// <summary>
    /// A place for one more stream from <paramref name="address"/>, or the refusal: 503 when the instance has its
    /// <see cref="DirectLineOptions.MaxStreams"/>, 429 when the address has its <see cref="DirectLineOptions.MaxStreamsPerAddress"/>.
    /// Dispose the slot when the stream ends.
    /// </summary>
    public StreamSlot? TryAdmit(IPAddress? address, out IResult? refusal)
    {
        var key = ClientAddress.Key(address);
        var limits = options.Value;
        lock (gate)
        {
            if (open >= limits.MaxStreams)
            {
                refusal = DirectLineErrors.Error(StatusCodes.Status503ServiceUnavailable, "TooManyStreams", "The bot has as many open streams as it can hold; try again shortly.");
                return null;
            }

            var mine = perAddress.GetValueOrDefault(key);
            if (mine >= limits.MaxStreamsPerAddress)
            {
                refusal = DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyStreams", "Too many open streams from this address; close one first.");
                return null;
            }

            perAddress[key] = mine + 1;
            open++;
        }

        refusal = null;
        return new StreamSlot(this, key);
    }

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

    private void Release(string key)
    {
        lock (gate)
        {
            open--;
            var left = perAddress[key] - 1;
            if (left == 0)
            {
                perAddress.Remove(key);
            }
            else
            {
                perAddress[key] = left;
            }
        }
    }

    /// <summary>One admitted stream's place in the counts; released once, when disposed.</summary>
    public sealed class StreamSlot : IDisposable
    {
        private readonly StreamRegistry owner;
        private readonly string key;
        private int released;

        internal StreamSlot(StreamRegistry owner, string key)
        {
            this.owner = owner;
            this.key = key;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.Release(key);
            }
        }
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
