namespace KooAssistent.Bot.Tests.Deployment;

/// <summary>The checkout the tests run from, for the files an operator deploys with.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string File(params string[] path) => System.IO.Path.Combine([Root, .. path]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "KooAssistent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with KooAssistent.sln) was not found above the test's folder.");
    }
}
