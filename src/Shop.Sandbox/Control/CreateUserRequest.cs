namespace Shop.Sandbox.Control;

/// <summary>Body of POST /sandbox/api/users.</summary>
internal sealed record CreateUserRequest(long? Id, string? FirstName, string? LastName, string? Username, string? LanguageCode);
