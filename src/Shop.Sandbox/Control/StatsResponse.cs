namespace Shop.Sandbox.Control;

/// <summary>Body of GET /sandbox/api/stats.</summary>
internal sealed record StatsResponse(IReadOnlyDictionary<string, long> Calls, long RateLimited, long UpdatesEmitted, WebhookStats Webhook);
