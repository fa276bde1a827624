using System.Text.Encodings.Web;
using System.Text.Json;

namespace Shop.Sandbox;

/// <summary>Serializer settings for bodies the sandbox writes: readable like Telegram's (no \u0026 for '&amp;' or for non-Latin text).</summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
