using System.Buffers;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Bytes kept in pooled 64 KiB pieces: holding n bytes costs n (rounded up to a piece), never the doubling and
/// copying of a growing array, and the pieces go back to the pool when the delivery has been handled.
/// </summary>
internal sealed class PooledBytes : IDisposable
{
    private const int PieceSize = 64 * 1024;
    private readonly List<byte[]> pieces = [];
    private int usedInLastPiece = PieceSize;

    public long Length { get; private set; }

    /// <summary>Room to read into; call <see cref="Advance"/> with how much was written.</summary>
    public Memory<byte> FreeSpace()
    {
        if (usedInLastPiece == PieceSize)
        {
            pieces.Add(ArrayPool<byte>.Shared.Rent(PieceSize));
            usedInLastPiece = 0;
        }

        return pieces[^1].AsMemory(usedInLastPiece, PieceSize - usedInLastPiece);
    }

    public void Advance(int count)
    {
        usedInLastPiece += count;
        Length += count;
    }

    public ReadOnlySequence<byte> AsSequence()
    {
        if (pieces.Count == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Piece(pieces[0].AsMemory(0, pieces.Count == 1 ? usedInLastPiece : PieceSize), null);
        var last = first;
        for (var index = 1; index < pieces.Count; index++)
        {
            last = new Piece(pieces[index].AsMemory(0, index == pieces.Count - 1 ? usedInLastPiece : PieceSize), last);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    public void Dispose()
    {
        foreach (var piece in pieces)
        {
            ArrayPool<byte>.Shared.Return(piece);
        }

        pieces.Clear();
    }

    private sealed class Piece : ReadOnlySequenceSegment<byte>
    {
        public Piece(ReadOnlyMemory<byte> memory, Piece? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }
}
