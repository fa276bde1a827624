using Spectre.Console;

namespace Shop.Ctl.Tests;

/// <summary>Keyboard input typed from a script: each answer followed by Enter.</summary>
public sealed class ScriptedInput(IEnumerable<string> answers) : IAnsiConsoleInput
{
    readonly Queue<ConsoleKeyInfo> _keys = new(answers.SelectMany(answer =>
        answer.Select(c => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false))
            .Append(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false))));

    public bool IsKeyAvailable() => _keys.Count > 0;

    public ConsoleKeyInfo? ReadKey(bool intercept) =>
        _keys.TryDequeue(out var key) ? key : throw new InvalidOperationException("the test typed no more answers");

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}
