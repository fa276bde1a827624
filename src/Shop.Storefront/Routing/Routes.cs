namespace Shop.Storefront.Routing;

/// <summary>
/// A routing table being declared: each button prefix (or exact datum) and each command gets exactly one handler, and a
/// second claim on a taken one is refused when the table is built, not found out in production.
/// </summary>
public sealed class Routes
{
    readonly Dictionary<string, UpdateHandler> _exactButtons = new(StringComparer.Ordinal);
    readonly List<(string Prefix, UpdateHandler Handler)> _buttonPrefixes = [];
    readonly Dictionary<string, UpdateHandler> _commands = new(StringComparer.Ordinal);
    readonly Dictionary<string, UpdateHandler> _conversations = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, UpdateHandler> ExactButtons => _exactButtons;

    public IReadOnlyList<(string Prefix, UpdateHandler Handler)> ButtonPrefixes => _buttonPrefixes;

    public IReadOnlyDictionary<string, UpdateHandler> Commands => _commands;

    /// <summary>The handlers that may hold a user's conversation, by queue name.</summary>
    public IReadOnlyDictionary<string, UpdateHandler> Conversations => _conversations;

    /// <summary>Button data equal to one of <paramref name="data"/>.</summary>
    public Routes Button(UpdateHandler handler, params string[] data)
    {
        foreach (var datum in data)
            if (!_exactButtons.TryAdd(datum, handler))
                throw Taken($"button \"{datum}\"", _exactButtons[datum], handler);
        return this;
    }

    /// <summary>Button data starting with <paramref name="prefix"/>; the longest matching prefix wins.</summary>
    public Routes ButtonPrefix(UpdateHandler handler, string prefix)
    {
        if (_buttonPrefixes.FirstOrDefault(p => p.Prefix == prefix) is { Handler: { } taken })
            throw Taken($"button prefix \"{prefix}\"", taken, handler);
        _buttonPrefixes.Add((prefix, handler));
        _buttonPrefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        return this;
    }

    /// <summary>Bot commands (lower case, without the slash).</summary>
    public Routes Command(UpdateHandler handler, params string[] commands)
    {
        foreach (var command in commands)
            if (!_commands.TryAdd(command, handler))
                throw Taken($"command /{command}", _commands[command], handler);
        return this;
    }

    /// <summary>A handler that may ask the user for input and then holds their conversation.</summary>
    public Routes Conversation(UpdateHandler handler)
    {
        if (handler.Takes == InputKinds.None) throw new InvalidOperationException($"{handler} takes no input, so it cannot hold a conversation");
        if (!_conversations.TryAdd(handler.Endpoint, handler)) throw Taken("conversation", _conversations[handler.Endpoint], handler);
        return this;
    }

    public UpdateHandler? ForButton(string data)
    {
        if (_exactButtons.TryGetValue(data, out var exact)) return exact;
        foreach (var (prefix, handler) in _buttonPrefixes)
            if (data.StartsWith(prefix, StringComparison.Ordinal)) return handler;
        return null;
    }

    public UpdateHandler? ForCommand(string command) => _commands.GetValueOrDefault(command);

    /// <summary>The conversation handler recorded under <paramref name="endpoint"/>, if it is still one.</summary>
    public UpdateHandler? ForConversation(string endpoint) => _conversations.GetValueOrDefault(endpoint);

    static InvalidOperationException Taken(string what, UpdateHandler owner, UpdateHandler claimant) =>
        new($"The {what} belongs to {owner}; {claimant} cannot claim it too.");
}
