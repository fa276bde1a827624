namespace Shop.Bench;

/// <summary>The sandbox's answer to a button press: the callback query it emitted and when (sandbox clock).</summary>
sealed record PressReply(long? UpdateId, string CallbackQueryId, long DateMs);
