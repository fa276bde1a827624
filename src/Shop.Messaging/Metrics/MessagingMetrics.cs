using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Shop.Messaging.Metrics;

/// <summary>The bus' instruments: messages consumed and faulted, and how long consuming took, by queue and message type.</summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "Shop.Messaging";

    /// <summary>The names as scraped, for dashboards and alert rules (tests hold them to these).</summary>
    public const string Consumed = "shop_messages_consumed_total";
    public const string Faulted = "shop_messages_faulted_total";
    public const string ConsumeDuration = "shop_message_consume_duration_seconds";

    public const string QueueLabel = "queue";
    public const string MessageTypeLabel = "message_type";

    readonly Counter<long> _consumed;
    readonly Counter<long> _faulted;
    readonly Histogram<double> _duration;

    public MessagingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _consumed = meter.CreateCounter<long>("shop.messages.consumed", "{message}",
            "Messages a consumer or saga finished with, by queue and message type.");
        _faulted = meter.CreateCounter<long>("shop.messages.faulted", "{message}",
            "Messages whose consumer threw once retries were used up, by queue and message type.");
        _duration = meter.CreateHistogram<double>("shop.message.consume.duration", "s",
            "Time from receiving a message to its consumer finishing, successful or not.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
    }

    public void RecordConsumed(string queue, string messageType, TimeSpan duration)
    {
        var tags = Tags(queue, messageType);
        _consumed.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    public void RecordFaulted(string queue, string messageType, TimeSpan duration)
    {
        var tags = Tags(queue, messageType);
        _faulted.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    static TagList Tags(string queue, string messageType) =>
        new() { { QueueLabel, queue }, { MessageTypeLabel, messageType } };
}
