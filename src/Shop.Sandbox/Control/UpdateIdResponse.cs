namespace Shop.Sandbox.Control;

/// <summary>The update an action emitted, or null when none was (nothing changed, filtered, or a raw body without one).</summary>
internal sealed record UpdateIdResponse(long? UpdateId, long DateMs);
