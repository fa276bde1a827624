using Shop.Sandbox.Chats;

namespace Shop.Sandbox.Control;

/// <summary>Body of GET /sandbox/api/chats/{chat_id}/messages.</summary>
internal sealed record ChatMessagesResponse(IReadOnlyList<ChatMessageView> Messages);
