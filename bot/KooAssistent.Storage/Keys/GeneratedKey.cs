namespace KooAssistent.Storage.Keys;

/// <summary>A secret from <see cref="KeyStore"/>, and whether this call is the one that made it.</summary>
public sealed record GeneratedKey(byte[] Bytes, bool Created);
