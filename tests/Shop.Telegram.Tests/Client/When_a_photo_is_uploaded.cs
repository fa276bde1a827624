using System.Text.Json;

namespace Shop.Telegram.Tests;

public sealed class When_a_photo_is_uploaded
{
    private const string SentPhoto = """{"message_id":9,"date":1,"chat":{"id":42,"type":"private"},"photo":[{"file_id":"f","file_unique_id":"u","width":1,"height":1}]}""";

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];

    [Fact]
    public async Task The_request_is_multipart_with_the_file_as_photo_and_the_rest_as_form_values()
    {
        var telegram = FakeTelegram.AnsweringOk(SentPhoto);
        var keyboard = new InlineKeyboardMarkup { InlineKeyboard = [[InlineKeyboardButton.WithCallbackData("Buy", "buy:tea")]] };

        var message = await TestClient.Create(telegram).SendPhotoAsync(
            new SendPhotoRequest(42, "", "Green tea", ParseModes.Html, keyboard, new InputFileUpload("tea.jpg", Jpeg)));

        var request = telegram.Single;
        Assert.Equal("multipart/form-data", request.ContentType);
        var parts = request.Parts.ToDictionary(part => part.Name);
        Assert.Equal(["chat_id", "caption", "parse_mode", "reply_markup", "photo"], request.Parts.Select(part => part.Name));
        Assert.Equal("42", parts["chat_id"].Text);
        Assert.Equal("Green tea", parts["caption"].Text);
        Assert.Equal("HTML", parts["parse_mode"].Text);
        Assert.Equal("buy:tea", JsonDocument.Parse(parts["reply_markup"].Text).RootElement.GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.Equal("tea.jpg", parts["photo"].FileName);
        Assert.Equal(Jpeg, parts["photo"].Content);
        Assert.Equal(9, message.MessageId);
    }

    [Fact]
    public async Task A_photo_by_url_is_sent_as_json()
    {
        var telegram = FakeTelegram.AnsweringOk(SentPhoto);

        await TestClient.Create(telegram).SendPhotoAsync(new SendPhotoRequest(42, "https://shop.example/tea.jpg"));

        Assert.Equal("application/json", telegram.Single.ContentType);
        Assert.Equal("""{"chat_id":42,"photo":"https://shop.example/tea.jpg"}""", telegram.Single.Body);
    }
}
