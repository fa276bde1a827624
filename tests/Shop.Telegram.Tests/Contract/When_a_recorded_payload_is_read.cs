using System.Text.Json;

namespace Shop.Telegram.Tests;

public sealed class When_a_recorded_payload_is_read
{
    // What each recorded file must yield once read; a new file without an entry here fails the test.
    private static readonly Dictionary<string, Action<object>> Expectations = new()
    {
        ["aiogram2-edited_message.Message.json"] = Expect<Message>(message =>
        {
            Assert.Equal(12345, message.MessageId);
            Assert.Equal("hi there (edited)", message.Text);
            Assert.Equal(1508825379, message.EditDate);
            Assert.Equal("username", message.From?.Username);
        }),
        ["aiogram2-message-invoice.Message.json"] = Expect<Message>(message =>
        {
            Assert.Equal(6250, message.Invoice?.TotalAmount);
            Assert.Equal("USD", message.Invoice?.Currency);
            Assert.Equal("time-machine-example", message.Invoice?.StartParameter);
        }),
        ["aiogram2-message-photo-caption.Message.json"] = Expect<Message>(message =>
        {
            Assert.Equal(4, message.Photo?.Length);
            Assert.Equal(90, message.Photo?[0].Width);
            Assert.Equal("photo description", message.Caption);
        }),
        ["aiogram2-message-successful_payment.Message.json"] = Expect<Message>(message =>
        {
            Assert.Equal(6250, message.SuccessfulPayment?.TotalAmount);
            Assert.Equal("HAPPY FRIDAYS COUPON", message.SuccessfulPayment?.InvoicePayload);
            Assert.Equal("12345678901234_test", message.SuccessfulPayment?.ProviderPaymentChargeId);
        }),
        ["aiogram2-pre_checkout_query.PreCheckoutQuery.json"] = Expect<PreCheckoutQuery>(query =>
        {
            Assert.Equal("262181558630368727", query.Id);
            Assert.Equal(12345678, query.From.Id);
            Assert.Equal(6250, query.TotalAmount);
            Assert.Equal("HAPPY FRIDAYS COUPON", query.InvoicePayload);
        }),
        ["aiogram2-shipping_query.ShippingQuery.json"] = Expect<ShippingQuery>(query =>
        {
            Assert.Equal("262181558684397422", query.Id);
            Assert.Equal("DefaultCity", query.ShippingAddress.City);
            Assert.Equal("Central", query.ShippingAddress.StreetLine1);
            Assert.Equal("424242", query.ShippingAddress.PostCode);
        }),
        ["aiogram3-callback_query-with-message.CallbackQuery.json"] = Expect<CallbackQuery>(query =>
        {
            Assert.Equal("data", query.Data);
            Assert.Equal(123, query.Message?.MessageId);
            Assert.Equal(42, query.Message?.Chat.Id);
            Assert.False(query.Message?.IsInaccessible);
        }),
        ["telegraf-update-message-start-bot_command.partialUpdate.json"] = Expect<Update>(update =>
        {
            Assert.Equal("/start", update.Message?.Text);
            Assert.Equal("start", update.Message?.Command);
            Assert.Equal("bot_command", update.Message?.Entities?[0].Type);
            Assert.Equal("telegraf", update.Message?.From?.Username);
        }),
        ["telegrambot-apiresponse-error-retry_after.ApiResponse.json"] = Expect<ApiResponse<JsonElement>>(response =>
        {
            Assert.False(response.Ok);
            Assert.Equal(400, response.ErrorCode);
            Assert.Equal("Test error description", response.Description);
            Assert.Equal(421, response.Parameters?.RetryAfter);
            Assert.Equal(1234567890, response.Parameters?.MigrateToChatId);
        }),
        ["telegrambot-apiresponse-ok-true.ApiResponse.json"] = Expect<ApiResponse<JsonElement>>(response =>
        {
            Assert.True(response.Ok);
            Assert.Equal(JsonValueKind.True, response.Result.ValueKind);
        }),
        ["telegrambot-callback_query-inaccessible-message.CallbackQuery.json"] = Expect<CallbackQuery>(query =>
        {
            Assert.True(query.Message?.IsInaccessible);
            Assert.Equal(9999, query.Message?.MessageId);
            Assert.Equal(9999999999, query.Message?.Chat.Id);
            Assert.Null(query.From.LastName);
            Assert.Equal("67890", query.InlineMessageId);
        }),
        ["telegrambot-message-photo.Message.json"] = Expect<Message>(message =>
        {
            Assert.Equal(1234, message.MessageId);
            Assert.Equal("AgADcOsAAhUdZAc", message.Photo?[3].FileUniqueId);
            Assert.Equal(489108, message.Photo?[3].FileSize);
            Assert.Null(message.From?.LanguageCode);
        }),
        ["teloxide-callback_query-inline.CallbackQuery.json"] = Expect<CallbackQuery>(query =>
        {
            Assert.Equal("i_m_id", query.InlineMessageId);
            Assert.Equal("some_data", query.Data);
            Assert.Equal("123456", query.ChatInstance);
            Assert.Null(query.Message);
        }),
        ["teloxide-update-message-text-private.Update.json"] = Expect<Update>(update =>
        {
            Assert.Equal(306197398, update.UpdateId);
            Assert.Equal("4", update.Message?.Text);
            Assert.Equal(408258968, update.Message?.Chat.Id);
        }),
        ["teloxide-update-message-text.Update.json"] = Expect<Update>(update =>
        {
            Assert.Equal(892252934, update.UpdateId);
            Assert.Equal("hello there", update.Message?.Text);
            Assert.Equal("WaffleLapkin", update.Message?.From?.Username);
        }),
        ["teloxide-update-my_chat_member-blocked.Update.json"] = Expect<Update>(update =>
        {
            Assert.Equal("member", update.MyChatMember?.OldChatMember.Status);
            Assert.Equal("kicked", update.MyChatMember?.NewChatMember.Status);
            Assert.Equal(1644677726, update.MyChatMember?.Date);
            Assert.True(update.MyChatMember?.NewChatMember.User.IsBot);
        }),
        ["tgdocs-webhooks-update-callback_query-inline.Update.json"] = Expect<Update>(update =>
        {
            Assert.Equal(10000, update.UpdateId);
            Assert.Equal("Data from button callback", update.CallbackQuery?.Data);
            Assert.Equal("1234csdbsk4839", update.CallbackQuery?.InlineMessageId);
        }),
        ["tgdocs-webhooks-update-edited_message.Update.json"] = Expect<Update>(update =>
        {
            Assert.Equal(10000, update.UpdateId);
            Assert.Equal("Edited text", update.EditedMessage?.Text);
            Assert.Equal(1441646600, update.EditedMessage?.EditDate);
        }),
        ["tgdocs-webhooks-update-message-start.Update.json"] = Expect<Update>(update =>
        {
            Assert.Equal(10000, update.UpdateId);
            Assert.Equal("start", update.Message?.Command);
            Assert.Equal(1111111, update.Message?.From?.Id);
        }),
    };

    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(SharedTelegramData.UpdatesDirectory, "*.json").Select(path => Path.GetFileName(path)).Order()];

    [Fact]
    public void The_recorded_samples_are_found() => Assert.NotEmpty(Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void It_deserializes_into_the_type_its_name_ends_in_with_its_key_fields(string file)
    {
        var value = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(SharedTelegramData.UpdatesDirectory, file)), TargetType(file), TelegramJson.Options);

        Assert.NotNull(value);
        Assert.True(Expectations.TryGetValue(file, out var expectation), $"Add an expectation for {file}.");
        expectation(value);
    }

    private static Type TargetType(string file) => file.Split('.')[^2] switch
    {
        "Update" or "partialUpdate" => typeof(Update),
        "Message" => typeof(Message),
        "CallbackQuery" => typeof(CallbackQuery),
        "PreCheckoutQuery" => typeof(PreCheckoutQuery),
        "ShippingQuery" => typeof(ShippingQuery),
        "ApiResponse" => typeof(ApiResponse<JsonElement>),
        var suffix => throw new InvalidOperationException($"No model for the suffix {suffix} of {file}."),
    };

    private static Action<object> Expect<T>(Action<T> assert) => value => assert(Assert.IsType<T>(value));
}
