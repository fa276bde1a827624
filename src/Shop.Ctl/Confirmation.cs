using Spectre.Console;

namespace Shop.Ctl;

/// <summary>Asks before shopctl deletes or moves messages, unless the operator said <c>--yes</c>.</summary>
public static class Confirmation
{
    public static bool Ask(IAnsiConsole console, string question, bool yes)
    {
        if (yes) return true;
        // A script or a pipe cannot answer: say so rather than hang or guess.
        if (!console.Profile.Capabilities.Interactive)
            throw CtlException.BadArguments("this needs a confirmation and there is no terminal to ask: add --yes");
        return console.Prompt(new ConfirmationPrompt(question) { DefaultValue = false });
    }
}
