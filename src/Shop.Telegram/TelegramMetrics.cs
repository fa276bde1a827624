using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Shop.Telegram;

/// <summary>
/// Bot API calls by method and outcome, and how long they took. Telegram's limits are the shop's tightest: a rising
/// count of 429s is the first sign that it sends more than Telegram takes.
/// </summary>
public sealed class TelegramMetrics
{
    public const string MeterName = "Shop.Telegram";

    /// <summary>The names as scraped, for dashboards and alert rules.</summary>
    public const string Requests = "shop_telegram_requests_total";
    public const string RequestDuration = "shop_telegram_request_duration_seconds";

    public const string MethodLabel = "method";
    public const string OutcomeLabel = "outcome";

    public const string Ok = "ok";
    public const string RateLimited = "429";
    public const string ClientError = "4xx";
    public const string ServerError = "5xx";
    /// <summary>No answer at all: refused, reset or timed out.</summary>
    public const string NetworkError = "network_error";
    /// <summary>An answer that was not a Bot API response (a proxy's page, say) with a status that names no error.</summary>
    public const string InvalidResponse = "invalid_response";

    readonly Counter<long> _requests;
    readonly Histogram<double> _duration;

    public TelegramMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("shop.telegram.requests", "{request}",
            "Bot API calls by method and outcome: ok, 429, 4xx, 5xx, network_error, invalid_response.");
        // Long polls (getUpdates) legitimately last up to their timeout, hence the long tail of buckets.
        _duration = meter.CreateHistogram<double>("shop.telegram.request.duration", "s",
            "Time for a Bot API call to be answered (or to fail), by method and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
    }

    public void Record(string method, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { MethodLabel, method }, { OutcomeLabel, outcome } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>The outcome of a failed call from Telegram's error code or the HTTP status; null means no answer arrived.</summary>
    public static string OutcomeOf(int? status) => status switch
    {
        null => NetworkError,
        429 => RateLimited,
        >= 400 and < 500 => ClientError,
        >= 500 and < 600 => ServerError,
        _ => InvalidResponse,
    };
}
