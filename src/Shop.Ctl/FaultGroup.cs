namespace Shop.Ctl;

/// <summary>Dead letters of one message type that failed with one exception type: usually one bug.</summary>
public sealed record FaultGroup(
    string MessageType,
    string ExceptionType,
    int Count,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    IReadOnlyList<string> Queues);
