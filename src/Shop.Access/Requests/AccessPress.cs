namespace Shop.Access.Requests;

/// <summary>A parsed access button: about <paramref name="UserId"/>'s request number <paramref name="RequestNumber"/>, or a list page.</summary>
public sealed record AccessPress(AccessPressKind Kind, long UserId = 0, int RequestNumber = 0, int Page = 0);
