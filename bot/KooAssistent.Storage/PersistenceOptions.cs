using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Storage;

public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    public PersistenceProvider Provider { get; set; } = PersistenceProvider.Sqlite;

    /// <summary>Empty means a SQLite file <c>koo.db</c> in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file and generated keys; relative paths start at the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Conversations untouched this many days are deleted with their transcript (AVG data minimisation;
    /// 28 days follows Dutch municipal chat practice, e.g. Tilburg).
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 28;

    /// <summary>
    /// Audit entries (who opened which transcript, who changed an account, erasures) older than this many days are
    /// deleted. They hold no message text and outlive the conversations on purpose, for accountability and breach
    /// investigation (AVG art. 33); a year until the municipality sets its own term.
    /// </summary>
    [Range(30, 3650)]
    public int AuditRetentionDays { get; set; } = 365;

    /// <summary>
    /// On PostgreSQL, how long an instance holds a conversation's turns without renewing its lease (it renews every
    /// third of this while the turns run). A dead instance's pending turns are taken over by another within about one
    /// and a half times this (the lease running out, then the next recovery round, every half lease). Not used on
    /// SQLite, where one process runs every turn.
    /// </summary>
    [Range(2, 600)]
    public int TurnLeaseSeconds { get; set; } = 30;
}
