using System.Text.Json;

namespace Shop.Sandbox.Control;

/// <summary>Body of GET /sandbox/api/bot: who the bot is and its default command menu, for the web chat.</summary>
internal sealed record BotInfoResponse(long Id, string Username, string FirstName, JsonElement? Commands);
