namespace Shop.Sandbox.Updates;

/// <summary>An update waiting to be fetched by getUpdates or delivered to the webhook. Mutated only under the queue's lock.</summary>
internal sealed class QueuedUpdate(long? updateId, string json)
{
    /// <summary>Null only for raw updates a test sent without one.</summary>
    public long? UpdateId { get; } = updateId;

    /// <summary>The exact body the bot receives; kept as text so a redelivery is byte-for-byte the same.</summary>
    public string Json { get; } = json;

    /// <summary>Returned by getUpdates at least once, so a later offset past it confirms it.</summary>
    public bool HandedOut { get; set; }

    /// <summary>The webhook configuration whose delivery currently owns this update.</summary>
    public WebhookConfig? ClaimedBy { get; set; }
}
