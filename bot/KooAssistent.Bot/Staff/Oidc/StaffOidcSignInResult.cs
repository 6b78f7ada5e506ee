using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>The console account a provider's sign-in maps to, or why there is none.</summary>
public sealed record StaffOidcSignInResult(StaffAccount? Account, StaffOidcRefusal Refusal)
{
    public static StaffOidcSignInResult Refused(StaffOidcRefusal refusal) => new(null, refusal);

    /// <summary>The code the sign-in page shows a text for (<c>/staff/index.html?aanmelden=…</c>).</summary>
    public string PageCode => Refusal switch
    {
        StaffOidcRefusal.NoRole => "geen-rol",
        StaffOidcRefusal.NoTeam => "geen-team",
        StaffOidcRefusal.Disabled => "uitgeschakeld",
        StaffOidcRefusal.NameTaken => "naam-bezet",
        _ => "mislukt",
    };
}
