namespace Shop.Telegram;

/// <summary>The envelope of every Bot API answer: a result when ok, otherwise an error code and description.</summary>
public sealed class ApiResponse<TResult>
{
    public bool Ok { get; init; }

    public TResult? Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public ResponseParameters? Parameters { get; init; }
}
