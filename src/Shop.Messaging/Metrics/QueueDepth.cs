namespace Shop.Messaging.Metrics;

/// <summary>One queue's counts as the RabbitMQ management API last reported them; null where it had no statistics yet.</summary>
public sealed record QueueDepth(string Queue, long? Ready, long? Unacknowledged, long? Consumers);
