namespace Shop.Messaging.Metrics;

/// <summary>The three Prometheus metric types the Shop exports; every .NET instrument maps onto one of them.</summary>
public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
}
