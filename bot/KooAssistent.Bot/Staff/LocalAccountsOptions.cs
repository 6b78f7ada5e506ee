namespace KooAssistent.Bot.Staff;

/// <summary>
/// Configuration section <c>Staff:LocalAccounts</c>: whether accounts with a password kept by the bot may sign in.
/// With sign-in through the municipality's identity provider they are the break-glass way in; switched off, the
/// sign-in form and <c>POST /staff/api/session</c> refuse, and sessions of local accounts end.
/// </summary>
public sealed class LocalAccountsOptions
{
    public const string SectionName = "Staff:LocalAccounts";

    public bool Enabled { get; set; } = true;
}
