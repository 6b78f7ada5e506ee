using System.Runtime.CompilerServices;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Tests;

/// <summary>
/// This test assembly creates and signs in hundreds of staff accounts; at the product's 210,000 PBKDF2-SHA512
/// iterations each hash costs 0.3–1 s on the shared machine. Tests hash with 1,000 instead; the product's count is
/// asserted in <c>PasswordHasherTests</c>, and a bot process started by a test still hashes with the real count.
/// </summary>
internal static class TestIterations
{
#pragma warning disable CA2255 // A module initializer in a test assembly, on purpose: before any test hashes.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseFewIterations() => PasswordHasher.UseTestIterations(1_000);
}
