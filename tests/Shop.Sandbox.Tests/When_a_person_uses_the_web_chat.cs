using Microsoft.Playwright;

namespace Shop.Sandbox.Tests;

/// <summary>The web chat in a real browser (Debian's chromium), as a person acting as a Telegram user would use it.</summary>
public sealed class When_a_person_uses_the_web_chat : IAsyncLifetime
{
    RunningSandbox _sandbox = null!;
    IPlaywright _playwright = null!;
    IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await RunningSandbox.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SHOP_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    async Task<IPage> OpenChatAsync(long userId)
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_sandbox.Http.BaseAddress!, $"/?user={userId}").ToString());
        return page;
    }

    [Fact]
    public async Task They_read_the_bots_message_and_press_its_button()
    {
        var user = await _sandbox.CreateUserAsync("Gus");
        await _sandbox.BotSaysAsync(user, "Welcome to the shop", new { inline_keyboard = new[] { new[] { new { text = "Open catalog", callback_data = "c:cats" } } } });
        var page = await OpenChatAsync(user);

        await page.GetByText("Welcome to the shop").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open catalog" }).ClickAsync();

        var press = await WaitForUpdateAsync(update => update.TryGetProperty("callback_query", out _));
        Assert.Equal("c:cats", press.GetProperty("callback_query").GetProperty("data").GetString());
        Assert.Equal(user, press.GetProperty("callback_query").GetProperty("from").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task They_type_a_message_and_see_the_bots_edit_in_place()
    {
        var user = await _sandbox.CreateUserAsync("Hal");
        var page = await OpenChatAsync(user);
        var input = page.GetByPlaceholder("Message");
        await input.FillAsync("/start");
        await input.PressAsync("Enter");

        var typed = await WaitForUpdateAsync(update => update.TryGetProperty("message", out _));
        Assert.Equal("/start", typed.GetProperty("message").GetProperty("text").GetString());

        var messageId = await _sandbox.BotSaysAsync(user, "First view");
        await page.GetByText("First view").WaitForAsync();
        await _sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = messageId, text = "Second view" });
        await page.GetByText("Second view").WaitForAsync();

        Assert.Equal(0, await page.GetByText("First view").CountAsync());
    }

    async Task<System.Text.Json.JsonElement> WaitForUpdateAsync(Func<System.Text.Json.JsonElement, bool> match)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var found = (await _sandbox.GetUpdatesAsync(timeout: 1)).Where(match).ToList();
            if (found.Count > 0) return found[^1];
        }
        throw new TimeoutException("The web chat sent no such update");
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _sandbox.DisposeAsync();
    }
}
