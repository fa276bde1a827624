namespace Shop.Sandbox.Control;

/// <summary>Body of POST /sandbox/api/users/{id}/messages: exactly one of text, photo_base64 or contact.</summary>
internal sealed record SendMessageRequest(string? Text, string? PhotoBase64, string? Caption, ContactRequest? Contact);
