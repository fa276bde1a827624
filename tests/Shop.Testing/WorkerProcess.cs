using System.Diagnostics;

namespace Shop.Testing;

/// <summary>Runs a worker's built program as its own process, with exactly the settings given (none inherited).</summary>
public static class WorkerProcess
{
    public static async Task<(int ExitCode, string StdErr, string StdOut)> RunToExitAsync(string worker, IDictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, worker + ".dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var key in start.Environment.Keys.ToList())
            if (key.Contains("__", StringComparison.Ordinal) || key.StartsWith("ASPNETCORE", StringComparison.Ordinal)) start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{worker} did not stop on bad settings");
        }
        return (process.ExitCode, await stderr, await stdout);
    }
}
