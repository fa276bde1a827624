namespace Shop.Sandbox.Control;

/// <summary>A contact the user shares; first_name defaults to the user's own.</summary>
internal sealed record ContactRequest(string? PhoneNumber, string? FirstName, string? LastName);
