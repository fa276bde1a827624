using System.Text.Json;
using Shop.Contracts.Telegram;
using Shop.Notifier.Sending;
using Shop.Telegram;

namespace Shop.Notifier.Tests;

public sealed class When_buttons_become_reply_markup
{
    static readonly InlineKeyboard Inline = new([[new InlineButton("OK", "ok"), new InlineButton("Site", Url: "https://example.com/")]]);
    static readonly ReplyKeyboard SharePhone = new([[new ReplyButton("Share my phone", RequestContact: true)], [new ReplyButton("Cancel")]]);

    static string? Json(ReplyMarkup? markup) => markup is null ? null : JsonSerializer.Serialize(markup, TelegramJson.Options);

    [Fact]
    public void Inline_buttons_go_on_the_message_when_sent_and_when_edited()
    {
        var content = new MessageContent("Pick one", Inline);

        const string expected = """{"inline_keyboard":[[{"text":"OK","callback_data":"ok"},{"text":"Site","url":"https://example.com/"}]]}""";
        Assert.Equal(expected, Json(MessageMarkup.ForSend(content)));
        Assert.Equal(expected, Json(MessageMarkup.ForEdit(content)));
        Assert.False(MessageMarkup.NeedsNewMessage(content));
    }

    [Fact]
    public void A_reply_keyboard_is_one_time_and_resized_and_asks_for_the_contact_only_where_told()
    {
        var content = new MessageContent("Your phone, please", ReplyKeyboard: SharePhone);

        Assert.Equal(
            """{"keyboard":[[{"text":"Share my phone","request_contact":true}],[{"text":"Cancel"}]],"resize_keyboard":true,"one_time_keyboard":true}""",
            Json(MessageMarkup.ForSend(content)));
        Assert.True(MessageMarkup.NeedsNewMessage(content));
    }

    [Fact]
    public void Removing_the_reply_keyboard_is_its_own_markup_and_needs_a_new_message()
    {
        var content = new MessageContent("Thanks!", RemoveReplyKeyboard: true);

        Assert.Equal("""{"remove_keyboard":true}""", Json(MessageMarkup.ForSend(content)));
        Assert.True(MessageMarkup.NeedsNewMessage(content));
    }

    [Fact]
    public void With_both_kinds_of_buttons_the_reply_keyboard_wins_and_the_inline_buttons_are_reported_dropped()
    {
        var content = new MessageContent("Your phone, please", Inline, ReplyKeyboard: SharePhone);

        Assert.IsType<ReplyKeyboardMarkup>(MessageMarkup.ForSend(content));
        Assert.True(MessageMarkup.DropsInlineButtons(content));
        Assert.False(MessageMarkup.DropsInlineButtons(new MessageContent("Pick one", Inline)));
        Assert.False(MessageMarkup.DropsInlineButtons(new MessageContent("Your phone, please", ReplyKeyboard: SharePhone)));
    }

    [Fact]
    public void Inline_buttons_win_over_removing_the_reply_keyboard()
    {
        var content = new MessageContent("How do you want it?", Inline, RemoveReplyKeyboard: true);

        Assert.IsType<InlineKeyboardMarkup>(MessageMarkup.ForSend(content));
        Assert.False(MessageMarkup.DropsInlineButtons(content));
    }

    [Fact]
    public void A_new_reply_keyboard_wins_over_removing_the_old_one()
    {
        var content = new MessageContent("Your phone, please", ReplyKeyboard: SharePhone, RemoveReplyKeyboard: true);

        Assert.IsType<ReplyKeyboardMarkup>(MessageMarkup.ForSend(content));
    }

    [Fact]
    public void Plain_text_has_no_markup()
    {
        var content = new MessageContent("Hello");

        Assert.Null(MessageMarkup.ForSend(content));
        Assert.Null(MessageMarkup.ForEdit(content));
        Assert.False(MessageMarkup.NeedsNewMessage(content));
    }
}
