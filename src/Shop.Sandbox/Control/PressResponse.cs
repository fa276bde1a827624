namespace Shop.Sandbox.Control;

/// <summary>The callback query a press produced.</summary>
internal sealed record PressResponse(long? UpdateId, string CallbackQueryId, long DateMs);
