namespace KooAssistent.Storage.Staff;

/// <summary>The outcome of <see cref="PasswordHasher.Check"/>.</summary>
public enum PasswordCheck
{
    Wrong,
    Correct,

    /// <summary>The password is right, but its hash has an older scheme or fewer iterations: store a new one.</summary>
    CorrectButOutdated,
}
