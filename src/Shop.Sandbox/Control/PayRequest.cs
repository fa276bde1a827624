namespace Shop.Sandbox.Control;

/// <summary>Body of POST /sandbox/api/users/{id}/pay: the invoice message the user pays.</summary>
internal sealed record PayRequest(long MessageId);
