namespace Shop.EndToEnd.Tests;

/// <summary>
/// The crash tests kill processes and wait out restarts against patience bounds; they run on their own, after the rest of
/// this assembly, so that two cores shared with a dozen other shops do not turn a restart into a timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "crashes";
}
