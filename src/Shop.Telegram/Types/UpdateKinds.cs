namespace Shop.Telegram;

/// <summary>Names of update kinds, for <c>allowed_updates</c>.</summary>
public static class UpdateKinds
{
    public const string Message = "message";
    public const string EditedMessage = "edited_message";
    public const string ChannelPost = "channel_post";
    public const string EditedChannelPost = "edited_channel_post";
    public const string CallbackQuery = "callback_query";
    public const string ShippingQuery = "shipping_query";
    public const string PreCheckoutQuery = "pre_checkout_query";
    public const string MyChatMember = "my_chat_member";
}
