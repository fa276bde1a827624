namespace Shop.Telegram.Tests;

/// <summary>A parameter of a Bot API method or a field of a Bot API type, as the spec gives it.</summary>
internal sealed record SpecField(string Name, IReadOnlyList<string> Types, bool Required);
