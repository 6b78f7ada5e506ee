namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>Why a person the identity provider signed in may not use the console; the code goes to the sign-in page.</summary>
public enum StaffOidcRefusal
{
    None,

    /// <summary>None of the person's groups is mapped to a role.</summary>
    NoRole,

    /// <summary>A medewerker whose groups name no Buurtteam.</summary>
    NoTeam,

    /// <summary>A beheerder disabled the person's account in the console.</summary>
    Disabled,

    /// <summary>The username is held by a local account or by another person at the provider.</summary>
    NameTaken,

    /// <summary>The token carries no usable username or subject.</summary>
    NoUsername,
}
