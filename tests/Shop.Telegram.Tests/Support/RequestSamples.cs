namespace Shop.Telegram.Tests;

/// <summary>Fully populated requests, at least one per request type, for the contract tests.</summary>
internal static class RequestSamples
{
    public static IReadOnlyDictionary<string, IBotRequest> All { get; } = new Dictionary<string, IBotRequest>
    {
        ["getMe"] = new GetMeRequest(),
        ["getUpdates"] = new GetUpdatesRequest(306197399, 100, 50, [UpdateKinds.Message, UpdateKinds.CallbackQuery]),
        ["setWebhook"] = new SetWebhookRequest("https://shop.example/telegram", "s3cret_token-1", 40, [UpdateKinds.Message], true),
        ["deleteWebhook"] = new DeleteWebhookRequest(true),
        ["getWebhookInfo"] = new GetWebhookInfoRequest(),
        ["setMyCommands"] = new SetMyCommandsRequest([new BotCommand("start", "Open the shop"), new BotCommand("cart", "Show the cart")], "en", BotCommandScope.Chat(42)),
        ["sendMessage with an inline keyboard"] = new SendMessageRequest(
            42, "<b>Green tea</b>", ParseModes.Html, InlineKeyboard(), new LinkPreviewOptions
            {
                IsDisabled = false,
                Url = "https://shop.example/tea",
                PreferSmallMedia = true,
                PreferLargeMedia = false,
                ShowAboveText = true,
            }, true, true),
        ["sendMessage with a reply keyboard"] = new SendMessageRequest(
            42, "Share your phone number", ParseModes.MarkdownV2, new ReplyKeyboardMarkup
            {
                Keyboard = [[new KeyboardButton { Text = "Share phone", RequestContact = true }], [new KeyboardButton { Text = "Cancel", RequestContact = false }]],
                IsPersistent = false,
                ResizeKeyboard = true,
                OneTimeKeyboard = true,
                InputFieldPlaceholder = "Phone",
                Selective = false,
            }, new LinkPreviewOptions { IsDisabled = true, Url = "https://shop.example", PreferSmallMedia = false, PreferLargeMedia = true, ShowAboveText = false }, false, false),
        ["sendMessage removing the keyboard"] = new SendMessageRequest(
            42, "Thanks", ParseModes.Html, new ReplyKeyboardRemove { Selective = true }, new LinkPreviewOptions { IsDisabled = true, Url = "https://shop.example", PreferSmallMedia = true, PreferLargeMedia = false, ShowAboveText = true }, true, false),
        ["sendPhoto"] = new SendPhotoRequest(42, "https://shop.example/tea.jpg", "Green tea", ParseModes.Html, InlineKeyboard()),
        ["editMessageText"] = new EditMessageTextRequest(42, 1365, "Green tea, 2 in cart", ParseModes.Html, InlineKeyboard(), new LinkPreviewOptions { IsDisabled = true, Url = "https://shop.example", PreferSmallMedia = true, PreferLargeMedia = false, ShowAboveText = false }),
        ["editMessageCaption"] = new EditMessageCaptionRequest(42, 1365, "Green tea, sold out", ParseModes.Html, InlineKeyboard()),
        ["editMessageReplyMarkup"] = new EditMessageReplyMarkupRequest(42, 1365, InlineKeyboard()),
        ["deleteMessage"] = new DeleteMessageRequest(42, 1365),
        ["answerCallbackQuery"] = new AnswerCallbackQueryRequest("4382bfdwdsb323b2d9", "Added to cart", false, 5),
        ["sendInvoice"] = new SendInvoiceRequest(
            42, "Order 7", "2 x Green tea", "order:7", "", "XTR", [new LabeledPrice("Green tea", 250), new LabeledPrice("Delivery", 50)],
            "order-7", "{\"receipt\":true}", "https://shop.example/tea.jpg", 640, 480, true, true, false, true, true, InlineKeyboard()),
        ["answerPreCheckoutQuery"] = new AnswerPreCheckoutQueryRequest("262181558630368727", false, "The tea sold out while you paid."),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    private static InlineKeyboardMarkup InlineKeyboard() => new()
    {
        InlineKeyboard =
        [
            [InlineKeyboardButton.WithCallbackData("-", "cart:dec:tea"), InlineKeyboardButton.WithCallbackData("+", "cart:inc:tea")],
            [InlineKeyboardButton.WithUrl("About", "https://shop.example/about")],
        ],
    };
}
