namespace Shop.Sandbox.Control;

/// <summary>What a user's message became; update_id is null when allowed_updates filtered it out.</summary>
internal sealed record SentMessageResponse(long? UpdateId, int MessageId, long DateMs);
