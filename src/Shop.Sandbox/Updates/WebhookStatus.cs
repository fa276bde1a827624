namespace Shop.Sandbox.Updates;

/// <summary>A snapshot for getWebhookInfo and the stats endpoint.</summary>
internal sealed record WebhookStatus(
    string Url,
    int PendingUpdateCount,
    int? MaxConnections,
    IReadOnlyList<string>? AllowedUpdates,
    DateTimeOffset? LastErrorDate,
    string? LastErrorMessage);
