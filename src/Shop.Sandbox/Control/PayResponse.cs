namespace Shop.Sandbox.Control;

/// <summary>The pre-checkout query a payment produced.</summary>
internal sealed record PayResponse(long? UpdateId, string PreCheckoutQueryId, long DateMs);
