using System.Text.Json;
using Shop.Contracts.Telegram;
using Shop.Telegram;

namespace Shop.Ingress.Tests;

public sealed class When_routing_updates
{
    static Update Read(string json) => JsonSerializer.Deserialize<Update>(json, TelegramJson.Options)!;

    static Update Sample(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shop.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir!.Parent!.FullName, "shared", "telegram", "updates", file);
        return Read(File.ReadAllText(path));
    }

    const string From = """{"id":42,"is_bot":false,"first_name":"Ann","username":"ann","language_code":"ru"}""";
    const string Chat = """{"id":42,"type":"private","first_name":"Ann"}""";

    static string MessageUpdate(string fields) =>
        J("""{"update_id":7,"message":{"message_id":3,"date":1700000000,"from":FROM,"chat":CHAT,FIELDS}}""").Replace("FIELDS", fields);

    /// <summary>Fills the FROM and CHAT placeholders of a JSON sample.</summary>
    static string J(string json) => json.Replace("FROM", From).Replace("CHAT", Chat);

    [Fact]
    public void A_start_command_becomes_CommandReceived()
    {
        var route = UpdateRouter.Route(Sample("tgdocs-webhooks-update-message-start.Update.json"), "shop_bot");

        var command = Assert.IsType<CommandReceived>(route.Message);
        Assert.Equal("start", command.Command);
        Assert.Equal(10000, command.UpdateId);
        Assert.Equal(1111111, command.ChatId);
        Assert.Equal("Test Firstname", command.From.FirstName);
    }

    [Fact]
    public void A_command_with_arguments_and_our_bot_name_keeps_the_arguments()
    {
        var route = UpdateRouter.Route(Read(MessageUpdate("\"text\":\"/search@shop_bot red shoes\"")), "shop_bot");

        var command = Assert.IsType<CommandReceived>(route.Message);
        Assert.Equal("search", command.Command);
        Assert.Equal("red shoes", command.Arguments);
        Assert.Equal("ru", command.From.LanguageCode);
    }

    [Fact]
    public void A_command_for_another_bot_is_ignored()
    {
        var route = UpdateRouter.Route(Read(MessageUpdate("\"text\":\"/start@other_bot\"")), "shop_bot");

        Assert.Null(route.Message);
        Assert.NotNull(route.IgnoredBecause);
    }

    [Fact]
    public void Plain_text_becomes_TextReceived()
    {
        var route = UpdateRouter.Route(Read(MessageUpdate("\"text\":\"hello there\"")), "shop_bot");

        var text = Assert.IsType<TextReceived>(route.Message);
        Assert.Equal("hello there", text.Text);
        Assert.Equal(3, text.MessageId);
    }

    [Fact]
    public void A_photo_becomes_PhotoReceived_with_the_largest_size()
    {
        var photo = """
            "photo":[{"file_id":"small","file_unique_id":"s","width":90,"height":90},
                     {"file_id":"large","file_unique_id":"l","width":1280,"height":960},
                     {"file_id":"medium","file_unique_id":"m","width":320,"height":240}],"caption":"new mug"
            """;
        var route = UpdateRouter.Route(Read(MessageUpdate(photo)), "shop_bot");

        var received = Assert.IsType<PhotoReceived>(route.Message);
        Assert.Equal("large", received.FileId);
        Assert.Equal("new mug", received.Caption);
    }

    [Fact]
    public void A_shared_contact_becomes_ContactShared()
    {
        var route = UpdateRouter.Route(Read(MessageUpdate("\"contact\":{\"phone_number\":\"+441234\",\"first_name\":\"Ann\",\"user_id\":42}")), null);

        var contact = Assert.IsType<ContactShared>(route.Message);
        Assert.Equal("+441234", contact.PhoneNumber);
        Assert.Equal(42, contact.ContactUserId);
    }

    [Fact]
    public void A_button_press_becomes_ButtonPressed_with_its_message()
    {
        var json = J("""
            {"update_id":8,"callback_query":{"id":"cq1","from":FROM,"chat_instance":"ci","data":"help",
             "message":{"message_id":5,"date":1700000000,"chat":CHAT,"text":"home"}}}
            """);
        var route = UpdateRouter.Route(Read(json), "shop_bot");

        var press = Assert.IsType<ButtonPressed>(route.Message);
        Assert.Equal("cq1", press.CallbackQueryId);
        Assert.Equal(5, press.MessageId);
        Assert.Equal(42, press.ChatId);
        Assert.Equal("help", press.Data);
    }

    [Fact]
    public void A_press_carries_what_its_message_shows_caption_photo_and_buttons()
    {
        var json = J("""
            {"update_id":8,"callback_query":{"id":"cq1","from":FROM,"chat_instance":"ci","data":"k:add:0f:1",
             "message":{"message_id":5,"date":1700000000,"chat":CHAT,"caption":"Mug\n\n$12.50",
              "photo":[{"file_id":"small","file_unique_id":"s","width":90,"height":90},{"file_id":"large","file_unique_id":"l","width":800,"height":800}],
              "reply_markup":{"inline_keyboard":[[{"text":"🛒 Add to cart","callback_data":"k:add:0f:1"}],
                [{"text":"Site","url":"https://example.com"},{"text":"🏠 Home","callback_data":"home"}]]}}}}
            """);
        var press = Assert.IsType<ButtonPressed>(UpdateRouter.Route(Read(json), "shop_bot").Message);

        Assert.Equal("Mug\n\n$12.50", press.Shown!.Text);
        Assert.Equal("large", press.Shown.PhotoFileId);
        Assert.Equal(
            [[new InlineButton("🛒 Add to cart", "k:add:0f:1")], [new InlineButton("Site", Url: "https://example.com"), new InlineButton("🏠 Home", "home")]],
            press.Shown.Keyboard!.Rows.Select(row => row.ToArray()).ToArray());
    }

    [Fact]
    public void A_press_on_an_inaccessible_message_has_no_message_to_edit()
    {
        var json = J("""
            {"update_id":9,"callback_query":{"id":"cq2","from":FROM,"chat_instance":"ci","data":"home",
             "message":{"message_id":5,"date":0,"chat":CHAT}}}
            """);
        var press = Assert.IsType<ButtonPressed>(UpdateRouter.Route(Read(json), "shop_bot").Message);

        Assert.Null(press.MessageId);
        Assert.Null(press.Shown);
        Assert.Equal(42, press.ChatId);
    }

    [Fact]
    public void A_button_press_without_data_is_ignored()
    {
        var json = J("""{"update_id":10,"callback_query":{"id":"cq3","from":FROM,"chat_instance":"ci","game_short_name":"g"}}""");

        Assert.Null(UpdateRouter.Route(Read(json), "shop_bot").Message);
    }

    [Fact]
    public void Blocking_the_bot_becomes_BotBlockedByUser()
    {
        var route = UpdateRouter.Route(Sample("teloxide-update-my_chat_member-blocked.Update.json"), "shop_bot");

        Assert.IsType<BotBlockedByUser>(route.Message);
    }

    [Fact]
    public void Unblocking_the_bot_becomes_BotUnblockedByUser()
    {
        var json = J("""
            {"update_id":11,"my_chat_member":{"chat":CHAT,"from":FROM,"date":1700000000,
             "old_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"bot"}},
             "new_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"bot"}}}}
            """);

        Assert.IsType<BotUnblockedByUser>(UpdateRouter.Route(Read(json), "shop_bot").Message);
    }

    [Fact]
    public void A_pre_checkout_query_becomes_PreCheckoutRequested()
    {
        var json = J("""
            {"update_id":12,"pre_checkout_query":{"id":"pc1","from":FROM,"currency":"EUR","total_amount":1250,"invoice_payload":"order:1"}}
            """);
        var checkout = Assert.IsType<PreCheckoutRequested>(UpdateRouter.Route(Read(json), "shop_bot").Message);

        Assert.Equal(1250, checkout.TotalAmountMinor);
        Assert.Equal("order:1", checkout.InvoicePayload);
    }

    [Fact]
    public void A_successful_payment_becomes_PaymentSucceeded()
    {
        var payment = """
            "successful_payment":{"currency":"EUR","total_amount":1250,"invoice_payload":"order:1",
             "telegram_payment_charge_id":"t1","provider_payment_charge_id":"p1"}
            """;
        var paid = Assert.IsType<PaymentSucceeded>(UpdateRouter.Route(Read(MessageUpdate(payment)), "shop_bot").Message);

        Assert.Equal("t1", paid.TelegramPaymentChargeId);
    }

    [Fact]
    public void Edited_messages_and_unknown_kinds_are_ignored_not_fatal()
    {
        Assert.Null(UpdateRouter.Route(Sample("tgdocs-webhooks-update-edited_message.Update.json"), "shop_bot").Message);
        Assert.Null(UpdateRouter.Route(Read("""{"update_id":13,"message_reaction":{"x":1}}"""), "shop_bot").Message);
    }

    [Fact]
    public void Messages_from_bots_are_ignored()
    {
        var json = """{"update_id":14,"message":{"message_id":3,"date":1,"from":{"id":9,"is_bot":true,"first_name":"B"},"chat":{"id":9,"type":"private"},"text":"/start"}}""";

        Assert.Null(UpdateRouter.Route(Read(json), "shop_bot").Message);
    }
}
