namespace Shop.Telegram.Tests;

/// <summary>Finds the shared Telegram reference data, which sits beside the repository as ../shared/telegram.</summary>
internal static class SharedTelegramData
{
    public static string Directory { get; } = Locate();

    public static string SpecPath => Path.Combine(Directory, "bot-api-10.1.json");

    public static string UpdatesDirectory => Path.Combine(Directory, "updates");

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Shop.sln")) || Path.Exists(Path.Combine(folder.FullName, ".git")))
            {
                var shared = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "telegram"));
                return System.IO.Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"Expected the shared Telegram data at {shared}, beside the repository.");
            }
        }

        throw new DirectoryNotFoundException($"No folder holding Shop.sln or .git above {AppContext.BaseDirectory}.");
    }
}
