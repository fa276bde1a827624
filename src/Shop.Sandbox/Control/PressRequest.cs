namespace Shop.Sandbox.Control;

/// <summary>Body of POST /sandbox/api/users/{id}/press; force skips the check that such a button exists.</summary>
internal sealed record PressRequest(long MessageId, string? CallbackData, bool Force);
