namespace Shop.Ctl;

/// <summary>A failure shopctl reports as one line and an exit code, without a stack trace.</summary>
public sealed class CtlException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CtlException NotFound(string message) => new(ExitCodes.NotFound, message);

    public static CtlException BadArguments(string message) => new(ExitCodes.BadArguments, message);
}
