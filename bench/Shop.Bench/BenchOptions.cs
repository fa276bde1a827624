using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Shop.Bench.Scenarios;

namespace Shop.Bench;

/// <summary>The command line of the benchmark: a few flags, parsed by hand.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Shop.Bench -- [options]

          --users N             virtual users running at once (default 50)
          --duration S          seconds of measured load (default 20)
          --messages M          instead of a duration: M updates per user
          --mode polling|webhook  how the ingress gets updates (default polling; in-process only)
          --scenario NAME       start | home-help | shop | checkout | human (default start)
          --rate-limits on|off  Telegram's flood limits in the sandbox and the notifier's pacing (default off: pure speed; on for human)
          --warmup N            unmeasured updates per user before measuring (default 3)
          --reply-timeout S     how long one update may wait for the bot's reply before it counts as an error (default 30)
          --sandbox-url URL     drive an already running shop through its sandbox instead of starting one in-process
        """;

    public int Users { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>When set, each user sends this many updates and the duration is not used.</summary>
    public int? MessagesPerUser { get; init; }

    public bool Webhook { get; init; }

    public Scenario Scenario { get; init; } = Scenario.Find("start")!;

    public bool RateLimits { get; init; }

    public int WarmupPerUser { get; init; } = 3;

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An external shop's sandbox; null to start the whole shop inside the benchmark.</summary>
    public Uri? SandboxUrl { get; init; }

    public string ModeName => SandboxUrl is not null ? "external" : Webhook ? "webhook" : "polling";

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchOptions? options, [NotNullWhen(false)] out string? problem)
    {
        options = new BenchOptions();
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            string? value = null;
            var equals = flag.IndexOf('=');
            if (equals > 0)
            {
                value = flag[(equals + 1)..];
                flag = flag[..equals];
            }
            if (flag is "-h" or "--help")
            {
                problem = Usage;
                break;
            }
            if (value is null)
            {
                if (i + 1 >= args.Length)
                {
                    problem = $"{flag} needs a value.";
                    break;
                }
                value = args[++i];
            }
            problem = Apply(ref options, flag, value);
            if (problem is not null) break;
        }
        if (problem is null && !args.Any(arg => arg.StartsWith("--rate-limits", StringComparison.Ordinal)))
            options = options with { RateLimits = options.Scenario.RateLimitsByDefault };
        if (problem is not null)
        {
            if (problem != Usage) problem += Environment.NewLine + Environment.NewLine + Usage;
            options = null;
            return false;
        }
        return true;
    }

    static string? Apply(ref BenchOptions options, string flag, string value)
    {
        switch (flag)
        {
            case "--users" when PositiveInt(value) is { } users:
                options = options with { Users = users };
                return null;
            case "--duration" when PositiveDouble(value) is { } seconds:
                options = options with { Duration = TimeSpan.FromSeconds(seconds), MessagesPerUser = null };
                return null;
            case "--messages" when PositiveInt(value) is { } messages:
                options = options with { MessagesPerUser = messages };
                return null;
            case "--mode" when value is "polling" or "webhook":
                options = options with { Webhook = value == "webhook" };
                return null;
            case "--scenario" when Scenario.Find(value) is { } scenario:
                options = options with { Scenario = scenario };
                return null;
            case "--scenario":
                return $"Unknown scenario '{value}'; known: {string.Join(", ", Scenario.All.Select(s => s.Name))}.";
            case "--rate-limits" when value is "on" or "off":
                options = options with { RateLimits = value == "on" };
                return null;
            case "--warmup" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var warmup):
                options = options with { WarmupPerUser = warmup };
                return null;
            case "--reply-timeout" when PositiveDouble(value) is { } timeout:
                options = options with { ReplyTimeout = TimeSpan.FromSeconds(timeout) };
                return null;
            case "--sandbox-url" when Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                options = options with { SandboxUrl = url };
                return null;
            default:
                return $"Not understood: {flag} {value}";
        }
    }

    static int? PositiveInt(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    static double? PositiveDouble(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n) ? n : null;
}
