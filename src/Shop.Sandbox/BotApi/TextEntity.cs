namespace Shop.Sandbox.BotApi;

/// <summary>A MessageEntity produced by parsing markup.</summary>
internal sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null);
