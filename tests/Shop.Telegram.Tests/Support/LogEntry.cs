using Microsoft.Extensions.Logging;

namespace Shop.Telegram.Tests;

/// <summary>One captured log line.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, string Message);
