namespace Shop.Sandbox.Control;

/// <summary>A control API request that cannot be carried out; answered as {"error": "..."} with the given status.</summary>
internal sealed class ControlApiException(int statusCode, string error) : Exception(error)
{
    public int StatusCode { get; } = statusCode;

    public static ControlApiException NotFound(string error) => new(StatusCodes.Status404NotFound, error);

    public static ControlApiException BadRequest(string error) => new(StatusCodes.Status400BadRequest, error);
}
