namespace KooAssistent.Storage.Staff;

/// <summary>
/// Replaces an outdated password hash after a successful sign-in. The password itself is the same, so unlike
/// <see cref="IStaffStore.SetPasswordHashAsync"/> nothing else changes: no session ends and no lock is lifted.
/// </summary>
public interface IPasswordUpgradeStore
{
    /// <summary>
    /// Stores <paramref name="upgradedHash"/> only while the account still has <paramref name="currentHash"/>, so a
    /// password reset made meanwhile is never overwritten with the old password.
    /// </summary>
    /// <returns>False when the account or its hash changed in the meantime.</returns>
    Task<bool> ReplaceAsync(string username, string currentHash, string upgradedHash, CancellationToken cancellationToken);
}
