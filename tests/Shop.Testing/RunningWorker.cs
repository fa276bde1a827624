using System.Diagnostics;
using System.Text;

namespace Shop.Testing;

/// <summary>
/// A worker's built program running as a process of its own, so a test can kill it the hard way (SIGKILL: no shutdown, no
/// flush, no acknowledgement) and start it again with the same settings, as a crash and a supervisor's restart would.
/// </summary>
public sealed class RunningWorker(string worker, IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    readonly StringBuilder _output = new();
    Process? _process;
    int _port;

    public string Name => worker;

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string Tail
    {
        get
        {
            lock (_output)
            {
                var text = _output.ToString();
                return text.Length <= 4000 ? text : text[^4000..];
            }
        }
    }

    /// <summary>Everything the process wrote since the test began, across restarts.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public async Task StartAsync(TimeSpan? patience = null)
    {
        _port = TestHosts.FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, worker + ".dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var key in start.Environment.Keys.ToList())
            if (key.Contains("__", StringComparison.Ordinal) || key.StartsWith("ASPNETCORE", StringComparison.Ordinal)) start.Environment.Remove(key);
        foreach (var (key, value) in settings)
            if (value is not null) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitReadyAsync(patience ?? TimeSpan.FromSeconds(90));
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything it was doing.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    async Task WaitReadyAsync(TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"{worker} exited with {_process.ExitCode}:\n{Tail}");
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{_port}/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{worker} was not ready within {patience.TotalSeconds:0}s:\n{Tail}");
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        _process?.Dispose();
    }
}
