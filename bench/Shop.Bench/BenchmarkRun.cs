using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;
using Shop.Bench.Scenarios;
using Shop.Testing;

namespace Shop.Bench;

/// <summary>One benchmark run: start or reach the shop, warm up, run the virtual users, print the result.</summary>
public static class BenchmarkRun
{
    static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);
    static readonly TimeSpan ReadyPatience = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        PrintHeader(options);
        ShopUnderBench? shop = null;
        try
        {
            var started = Stopwatch.StartNew();
            if (options.SandboxUrl is null)
            {
                Progress("starting the shop in-process (vhost, database, sandbox, every worker)");
                shop = await ShopUnderBench.StartAsync(options);
                Console.WriteLine($"# target: in-process shop, sandbox {shop.SandboxUrl}, vhost {shop.VhostName}, database {shop.DatabaseName}");
            }
            else
            {
                Console.WriteLine($"# target: running shop behind the sandbox at {options.SandboxUrl} (its own rate limits and update mode)");
            }
            var sandboxUrl = options.SandboxUrl ?? shop!.SandboxUrl;
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = int.MaxValue })
            {
                BaseAddress = sandboxUrl,
                Timeout = TimeSpan.FromSeconds(60),
            };
            var sandbox = new SandboxClient(http);

            await WaitUntilTheBotAnswersAsync(sandbox, cancellationToken);
            Progress($"the bot answers ({started.Elapsed.TotalSeconds:0.0}s after start)");
            var users = await CreateUsersAsync(sandbox, options);

            if (options.WarmupPerUser > 0)
            {
                var warmup = new LatencyRecorder();
                await RunUsersAsync("warm-up", users, warmup, options, perUser: options.WarmupPerUser, until: null, cancellationToken);
                Progress($"warm-up: {warmup.Count} updates, {warmup.Errors} errors");
            }

            var brokerBefore = shop is null ? default : await shop.BrokerCountsAsync();
            var before = await ReadStatsAsync(sandbox);
            var recorder = new LatencyRecorder();
            var elapsed = await RunUsersAsync("run", users, recorder, options, options.MessagesPerUser,
                options.MessagesPerUser is null ? options.Duration : null, cancellationToken);
            var after = await ReadStatsAsync(sandbox);

            PrintDetails(recorder, before, after);
            if (shop is not null && recorder.Count > 0)
            {
                var brokerAfter = await shop.BrokerCountsAsync();
                var (published, delivered) = (brokerAfter.Published - brokerBefore.Published, brokerAfter.Delivered - brokerBefore.Delivered);
                Progress($"broker during the run: {published} published, {delivered} delivered, " +
                    $"{(double)delivered / recorder.Count:0.0} deliveries per update");
            }
            Console.WriteLine(ResultLine(options, recorder, elapsed));
            return recorder.Count > 0 ? 0 : 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Progress("cancelled");
            return 130;
        }
        finally
        {
            if (shop is not null)
            {
                Progress("stopping the shop and dropping its vhost and database");
                await shop.DisposeAsync();
            }
        }
    }

    /// <summary>Every user in its own closed loop, until it has done <paramref name="perUser"/> updates or time is up.</summary>
    static async Task<TimeSpan> RunUsersAsync(string phase, IReadOnlyList<VirtualUser> users, LatencyRecorder recorder, BenchOptions options,
        int? perUser, TimeSpan? until, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var loops = users.Select(user => Task.Run(async () =>
        {
            for (var done = 0; !cancellationToken.IsCancellationRequested; done++)
            {
                if (perUser is { } limit && done >= limit) break;
                if (until is { } duration && clock.Elapsed >= duration) break;
                try
                {
                    recorder.Record(await user.ActAsync(options.ReplyTimeout, cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    recorder.RecordError(e);
                }
            }
        }, CancellationToken.None)).ToList();

        var all = Task.WhenAll(loops);
        long lastCount = 0;
        var lastAt = TimeSpan.Zero;
        while (await Task.WhenAny(all, Task.Delay(ProgressInterval, CancellationToken.None)) != all)
        {
            var count = recorder.Count;
            var now = clock.Elapsed;
            var rate = (count - lastCount) / (now - lastAt).TotalSeconds;
            Progress($"{phase} {now.TotalSeconds,5:0.0}s  updates={count}  errors={recorder.Errors}  now={rate:0.0}/s");
            (lastCount, lastAt) = (count, now);
        }
        await all;
        cancellationToken.ThrowIfCancellationRequested();
        return clock.Elapsed;
    }

    /// <summary>
    /// Sends /start from a user of its own until the home message comes back: the workers' queues may still be binding
    /// right after start, and an update published before that would be lost to the benchmark.
    /// </summary>
    static async Task WaitUntilTheBotAnswersAsync(SandboxClient sandbox, CancellationToken cancellationToken)
    {
        var user = await sandbox.CreateUserAsync("Probe");
        var probe = new VirtualUser(sandbox, user.Id, new StartScenario());
        var deadline = DateTime.UtcNow + ReadyPatience;
        while (true)
        {
            try
            {
                await probe.ActAsync(TimeSpan.FromSeconds(5), cancellationToken);
                return;
            }
            catch (Exception e) when (e is TimeoutException or HttpRequestException && DateTime.UtcNow < deadline)
            {
                Progress($"waiting for the bot to answer ({e.Message})");
            }
        }
    }

    static async Task<IReadOnlyList<VirtualUser>> CreateUsersAsync(SandboxClient sandbox, BenchOptions options)
    {
        var users = new List<VirtualUser>(options.Users);
        for (var i = 1; i <= options.Users; i++)
        {
            var user = await sandbox.CreateUserAsync($"Bench{i}");
            users.Add(new VirtualUser(sandbox, user.Id, options.Scenario));
        }
        return users;
    }

    static async Task<JsonElement?> ReadStatsAsync(SandboxClient sandbox)
    {
        try
        {
            return await sandbox.Http.GetFromJsonAsync<JsonElement>("sandbox/api/stats", SandboxClient.Json);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            Progress($"sandbox stats unavailable: {e.Message}");
            return null;
        }
    }

    static void PrintHeader(BenchOptions options)
    {
        Console.WriteLine("# Shop benchmark");
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores{CpuModel()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var load = options.MessagesPerUser is { } m ? $"messages={m}/user" : $"duration={options.Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
        Console.WriteLine($"# settings: scenario={options.Scenario.Name} users={options.Users} {load} mode={options.ModeName} " +
            $"rate-limits={(options.SandboxUrl is not null ? "target's" : options.RateLimits ? "on" : "off")} " +
            $"warmup={options.WarmupPerUser}/user reply-timeout={options.ReplyTimeout.TotalSeconds}s");
        Console.WriteLine($"# scenario: {options.Scenario.Description}");
        Console.WriteLine("# latency: the sandbox's at_ms of the reply's last event minus the update's date_ms (one clock)");
    }

    static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "" : $" ({line[(line.IndexOf(':') + 1)..].Trim()})";
        }
        catch (IOException)
        {
            return "";
        }
    }

    static void PrintDetails(LatencyRecorder recorder, JsonElement? before, JsonElement? after)
    {
        foreach (var (label, p) in recorder.ByLabel().OrderBy(pair => pair.Key, StringComparer.Ordinal))
            Progress($"latency_ms {label}: n={p.Count} mean={p.Mean:0.0} p50={p.P50} p95={p.P95} p99={p.P99} max={p.Max}");
        foreach (var error in recorder.FirstErrors) Progress($"error: {error}");
        if (before is { } b && after is { } a) Progress("sandbox during the run: " + StatsDelta(b, a));
    }

    /// <summary>What the bot did to the sandbox while measuring: Bot API calls by method, 429s, webhook deliveries.</summary>
    static string StatsDelta(JsonElement before, JsonElement after)
    {
        static long Number(JsonElement e, params string[] path)
        {
            foreach (var name in path)
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e)) return 0;
            return e.ValueKind == JsonValueKind.Number ? e.GetInt64() : 0;
        }
        var parts = new List<string> { $"updates_emitted={Number(after, "updates_emitted") - Number(before, "updates_emitted")}" };
        if (after.TryGetProperty("calls", out var calls) && calls.ValueKind == JsonValueKind.Object)
            parts.AddRange(calls.EnumerateObject()
                .Select(call => (call.Name, Count: call.Value.GetInt64() - Number(before, "calls", call.Name)))
                .Where(call => call.Count > 0)
                .Select(call => $"{call.Name}={call.Count}"));
        parts.Add($"rate_limited={Number(after, "rate_limited") - Number(before, "rate_limited")}");
        parts.Add($"webhook_delivered={Number(after, "webhook", "delivered") - Number(before, "webhook", "delivered")}");
        parts.Add($"webhook_failed={Number(after, "webhook", "failed_attempts") - Number(before, "webhook", "failed_attempts")}");
        return string.Join(' ', parts);
    }

    static string ResultLine(BenchOptions options, LatencyRecorder recorder, TimeSpan elapsed)
    {
        var p = recorder.Overall();
        return string.Create(CultureInfo.InvariantCulture,
            $"scenario={options.Scenario.Name} users={options.Users} mode={options.ModeName} updates={recorder.Count} " +
            $"duration={elapsed.TotalSeconds:0.0}s throughput={recorder.Count / elapsed.TotalSeconds:0.0} updates/s " +
            $"latency_ms p50={p.P50} p95={p.P95} p99={p.P99} errors={recorder.Errors}");
    }

    static void Progress(string line) => Console.Error.WriteLine($"[bench] {line}");
}
