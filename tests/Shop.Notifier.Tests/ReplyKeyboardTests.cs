using Shop.Contracts.Telegram;
using Shop.Testing;

namespace Shop.Notifier.Tests;

/// <summary>Reply keyboards (shown in place of the user's keyboard) through the notifier to the sandbox.</summary>
public sealed class When_a_message_asks_for_a_reply : IAsyncLifetime
{
    NotifierUnderTest _notifier = null!;
    SandboxClient _chat = null!;

    public async Task InitializeAsync()
    {
        _notifier = await NotifierUnderTest.StartAsync();
        _chat = _notifier.Chat;
    }

    static readonly ReplyKeyboard SharePhone = new([[new ReplyButton("📱 Share my phone", RequestContact: true)], [new ReplyButton("Cancel")]]);

    [Fact]
    public async Task The_user_gets_a_share_contact_keyboard_and_can_share_the_phone()
    {
        var user = await _chat.CreateUserAsync("Sharer");

        await _notifier.Publish(new SendChatMessage(user.Id, new MessageContent("We need your phone for the courier", ReplyKeyboard: SharePhone)));

        await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        var keyboard = (await _chat.GetReplyKeyboardAsync(user.Id))!.Value;
        var share = keyboard.GetProperty("keyboard")[0][0];
        Assert.Equal("📱 Share my phone", share.GetProperty("text").GetString());
        Assert.True(share.GetProperty("request_contact").GetBoolean());
        Assert.False(keyboard.GetProperty("keyboard")[1][0].TryGetProperty("request_contact", out _));
        Assert.True(keyboard.GetProperty("one_time_keyboard").GetBoolean());
        Assert.True(keyboard.GetProperty("resize_keyboard").GetBoolean());

        var shared = await _chat.ShareContactAsync(user.Id, "+15551234567");
        Assert.Contains(await _chat.GetMessagesAsync(user.Id), m => m.MessageId == shared.MessageId && m.From == "user");
    }

    [Fact]
    public async Task A_message_that_removes_the_keyboard_takes_it_away()
    {
        var user = await _chat.CreateUserAsync("Remover");
        await _notifier.Publish(new SendChatMessage(user.Id, new MessageContent("Your phone, please", ReplyKeyboard: SharePhone)));
        var asked = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        Assert.NotNull(await _chat.GetReplyKeyboardAsync(user.Id));

        await _notifier.Publish(new SendChatMessage(user.Id, new MessageContent("Thanks!", RemoveReplyKeyboard: true)));

        await _chat.WaitForAsync(user.Id, e => e.Kind == "sent" && e.Text == "Thanks!", after: asked.Seq);
        Assert.Null(await _chat.GetReplyKeyboardAsync(user.Id));
    }

    [Fact]
    public async Task An_edit_that_brings_a_reply_keyboard_replaces_the_message_with_a_new_one()
    {
        var user = await _chat.CreateUserAsync("Checkout");
        await _notifier.Publish(new SendChatMessage(user.Id, new MessageContent("Your cart", new InlineKeyboard([[new InlineButton("Checkout", "checkout")]]))));
        var cart = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");

        // Both kinds of buttons at once cannot be shown: the reply keyboard wins.
        await _notifier.Publish(new EditChatMessage(user.Id, cart.MessageId!.Value,
            new MessageContent("We need your phone", new InlineKeyboard([[new InlineButton("Back", "back")]]), ReplyKeyboard: SharePhone)));

        var asked = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent" && e.Text == "We need your phone", after: cart.Seq);
        Assert.NotEqual(cart.MessageId, asked.MessageId);
        Assert.Null(asked.ReplyMarkup);
        Assert.NotNull(await _chat.GetReplyKeyboardAsync(user.Id));
        Assert.True((await _chat.GetMessagesAsync(user.Id)).Single(m => m.MessageId == cart.MessageId).Deleted);
    }

    public async Task DisposeAsync() => await _notifier.DisposeAsync();
}
