using Shop.Sandbox.Chats;

namespace Shop.Sandbox.Control;

/// <summary>Body of GET /sandbox/api/chats/{chat_id}/events; pass last_seq as the next "after".</summary>
internal sealed record ChatEventsResponse(IReadOnlyList<ChatEvent> Events, long LastSeq);
