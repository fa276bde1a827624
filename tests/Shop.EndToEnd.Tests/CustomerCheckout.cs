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
        var summary = await AddAndCheckOutAsync(home, productId);
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

    /// <summary>
    /// "Add" is answered by a toast alone, and Telegram drops an answer that comes after the press expired (15 s), as it
    /// may after a crash: the line is in the cart all the same. A customer who saw no toast does what a person would: opens
    /// the checkout, which shows the summary once the add has landed, and looks again shortly while it shows the cart without it.
    /// </summary>
    async Task<ChatEvent> AddAndCheckOutAsync(ChatEvent home, Guid productId)
    {
        (await sandbox.PressAsync(userId, home.MessageId!.Value, $"k:add:{productId:N}:1", force: true)).EnsureSuccessStatusCode();
        try
        {
            await Wait(e => e.Kind == "callback_answered", Toast);
        }
        catch (TimeoutException)
        {
            // No toast: the press expired before it was answered.
        }
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var shown = await Press(home, "k:checkout", e => Has(e, "o:co:go:") || e.Kind == "edited" && e.MessageId == home.MessageId, force: true);
            if (Has(shown, "o:co:go:")) return shown;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Chat {userId}: the added product never reached the cart.");
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
    }

    /// <summary>How long a toast may take before the customer stops waiting for it: past the 15 s a press lives.</summary>
    static readonly TimeSpan Toast = TimeSpan.FromSeconds(20);

    async Task<ChatEvent> Wait(Func<ChatEvent, bool> expect, TimeSpan? within = null)
    {
        var e = await sandbox.WaitForAsync(userId, expect, after: _after, patience: within ?? patience);
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
