namespace Shop.Messaging.Failures;

/// <summary>
/// Stands in for a fault whose text is too long to travel in the error queue's headers (a RabbitMQ frame is 128 KiB at most,
/// and MassTransit 8.4 copies message and stack trace into them whole): it keeps the original type's name and the start of
/// its message and stack trace.
/// </summary>
public sealed class TrimmedFault : Exception
{
    readonly string? _stackTrace;

    public TrimmedFault(Exception original, int maxLength)
        : base(Trim($"{original.GetType().FullName}: {original.Message}", maxLength / 2))
    {
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
        Permanent = FailurePolicy.IsPermanent(original);
        _stackTrace = original.StackTrace is { } trace ? Trim(trace, maxLength / 2) : null;
    }

    /// <summary>The type of the exception that was trimmed, for grouping faults.</summary>
    public string OriginalType { get; }

    /// <summary>Whether the original was a fault that trying again cannot fix; a trimmed transient fault is still retried.</summary>
    public bool Permanent { get; }

    public override string? StackTrace => _stackTrace;

    public static bool IsTooLong(Exception exception, int maxLength) =>
        exception.Message.Length + (exception.StackTrace?.Length ?? 0) > maxLength || exception.InnerException is not null
            && exception.ToString().Length > maxLength;

    static string Trim(string text, int length) => text.Length <= length ? text : text[..length] + $"… [{text.Length - length} more characters trimmed]";
}
