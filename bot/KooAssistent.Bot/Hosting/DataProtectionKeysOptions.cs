namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Configuration section <c>DataProtection</c>: where the keys that protect the staff cookie (and the identity
/// provider's correlation cookies) are kept, so a restart or a new pod does not sign every worker out.
/// </summary>
public sealed class DataProtectionKeysOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>
    /// A folder the bot can write (new keys are made every 90 days); when set, it wins over the database. Empty: on
    /// PostgreSQL the shared database, on SQLite <c>data-protection-keys</c> in the data folder, beside the database.
    /// Relative paths start at the content root.
    /// </summary>
    public string? KeysPath { get; set; }
}
