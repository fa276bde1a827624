namespace Shop.Sandbox.Control;

/// <summary>Body of GET /sandbox/api/health.</summary>
internal sealed record HealthResponse(string Status);
