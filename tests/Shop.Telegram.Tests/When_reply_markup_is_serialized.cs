using System.Text.Json;

namespace Shop.Telegram.Tests;

public sealed class When_reply_markup_is_serialized
{
    public static TheoryData<string> Kinds => ["inline", "reply", "remove"];

    [Fact]
    public void Each_kind_is_written_as_its_own_fields_without_a_discriminator()
    {
        Assert.Equal("""{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}""", Write(Markup("inline")));
        Assert.Equal("""{"keyboard":[[{"text":"Share","request_contact":true}]],"resize_keyboard":true}""", Write(Markup("reply")));
        Assert.Equal("""{"remove_keyboard":true}""", Write(Markup("remove")));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void It_reads_back_as_the_same_kind(string kind)
    {
        var markup = Markup(kind);

        var read = JsonSerializer.Deserialize<ReplyMarkup>(Write(markup), TelegramJson.Options);

        Assert.IsType(markup.GetType(), read);
        Assert.Equal(Write(markup), Write(read!));
    }

    [Fact]
    public void A_request_reads_back_with_its_markup()
    {
        var json = JsonSerializer.Serialize(new SendMessageRequest(1, "x", ReplyMarkup: Markup("reply")), TelegramJson.Options);

        var request = JsonSerializer.Deserialize<SendMessageRequest>(json, TelegramJson.Options);

        Assert.IsType<ReplyKeyboardMarkup>(request?.ReplyMarkup);
    }

    private static ReplyMarkup Markup(string kind) => kind switch
    {
        "inline" => new InlineKeyboardMarkup { InlineKeyboard = [[InlineKeyboardButton.WithCallbackData("A", "a")]] },
        "reply" => new ReplyKeyboardMarkup { Keyboard = [[new KeyboardButton { Text = "Share", RequestContact = true }]], ResizeKeyboard = true },
        _ => new ReplyKeyboardRemove(),
    };

    private static string Write(ReplyMarkup markup) => JsonSerializer.Serialize(markup, TelegramJson.Options);
}
