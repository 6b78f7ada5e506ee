namespace KooAssistent.Storage.Migrations;

/// <summary>One versioned SQL script; the version is the number its file name starts with.</summary>
public sealed record Migration(int Version, string Name, string Sql);
