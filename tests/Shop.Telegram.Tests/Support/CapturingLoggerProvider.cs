using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Shop.Telegram.Tests;

/// <summary>Keeps every log line at every level, so tests can look for leaked secrets.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }
}
