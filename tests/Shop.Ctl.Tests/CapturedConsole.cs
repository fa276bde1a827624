using Spectre.Console;
using Spectre.Console.Rendering;

namespace Shop.Ctl.Tests;

/// <summary>
/// A Spectre console writing plain text into a string, wide enough that tables do not wrap. With answers it counts as
/// interactive and types them, one line each, into prompts.
/// </summary>
public sealed class CapturedConsole : IAnsiConsole
{
    readonly StringWriter _writer = new();
    readonly IAnsiConsole _inner;
    readonly ScriptedInput _input;

    public CapturedConsole(params string[] answers)
    {
        _inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = answers.Length > 0 ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        _inner.Profile.Width = 250;
        _input = new ScriptedInput(answers);
    }

    public string Output => _writer.ToString();

    public Profile Profile => _inner.Profile;

    public IAnsiConsoleCursor Cursor => _inner.Cursor;

    public IAnsiConsoleInput Input => _input;

    public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

    public RenderPipeline Pipeline => _inner.Pipeline;

    public void Clear(bool home) => _inner.Clear(home);

    public void Write(IRenderable renderable) => _inner.Write(renderable);
}
