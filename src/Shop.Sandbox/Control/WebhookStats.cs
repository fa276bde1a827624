namespace Shop.Sandbox.Control;

/// <summary>Webhook part of the stats: where updates go and how delivery went.</summary>
internal sealed record WebhookStats(string Url, int PendingUpdateCount, long Delivered, long FailedAttempts, string? LastErrorMessage, long? LastErrorDate);
