using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// One customer's whole checkout of one product, by delivery, through the sandbox; each step waits (patiently: a worker or
/// a service may be restarting) for the bot's answer. Used by the crash tests, where nothing may be taken for granted.
/// </summary>
public sealed class CustomerCheckout(SandboxClient sandbox, long userId, TimeSpan patience)
{
    long _after;

    /// <summary>Runs the checkout and returns the order's number from the receipt.</summary>
    public async Task<string> RunAsync(Guid productId)
    {
        await sandbox.SendTextAsync(userId, "/start");
        var home = await Wait(e => e.Kind == "sent");
        await Press(home, $"k:add:{productId:N}:1", e => e.Kind == "callback_answered", force: true);
        var summary = await Press(home, "k:checkout", e => Has(e, "o:co:go:"), force: true);
        var name = await Press(summary, "o:co:go:", e => Has(e, "o:co:tg:"));
        await Press(name, "o:co:tg:", e => e.Kind == "sent" && e.Text!.Contains("phone", StringComparison.OrdinalIgnoreCase));
        await sandbox.SendTextAsync(userId, "+1 415 555 0100");
        var delivery = await Wait(e => Has(e, "o:co:ship:"));
        await Press(delivery, "o:co:ship:", e => e.Kind is "sent" or "edited" && e.Text!.Contains("address", StringComparison.OrdinalIgnoreCase));
        await sandbox.SendTextAsync(userId, "1 Infinite Loop, Cupertino");
        var comment = await Wait(e => Has(e, "o:co:skip:"));
        var confirm = await Press(comment, "o:co:skip:", e => Has(e, "o:co:ok:"));
        var confirmed = await Press(confirm, "o:co:ok:", e => e.Kind is "sent" or "edited" && e.Text!.Contains('#'));
        var receipt = confirmed.Kind == "sent" && confirmed.Text!.Contains("🧾 Order #")
            ? confirmed
            : await sandbox.WaitForAsync(userId, e => e.Kind == "sent" && e.Text!.Contains("🧾 Order #"), patience: patience);
        return receipt.Text!.Split('#')[1].Split('\n')[0].Trim();
    }

    async Task<ChatEvent> Wait(Func<ChatEvent, bool> expect)
    {
        var e = await sandbox.WaitForAsync(userId, expect, after: _after, patience: patience);
        _after = e.Seq;
        return e;
    }

    async Task<ChatEvent> Press(ChatEvent on, string prefix, Func<ChatEvent, bool> expect, bool force = false)
    {
        var data = force ? prefix : on.ButtonData.First(d => d.StartsWith(prefix, StringComparison.Ordinal));
        (await sandbox.PressAsync(userId, on.MessageId!.Value, data, force)).EnsureSuccessStatusCode();
        return await Wait(expect);
    }

    static bool Has(ChatEvent e, string prefix) => e.Kind is "sent" or "edited" && e.ButtonData.Any(d => d.StartsWith(prefix, StringComparison.Ordinal));
}
