using Microsoft.Extensions.Logging;

namespace Shop.Testing;

/// <summary>One log entry as a host wrote it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
