namespace Shop.Sandbox.Control;

/// <summary>Error body of the control API.</summary>
internal sealed record ControlError(string Error);
