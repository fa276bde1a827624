using System.Text.Json;

namespace Shop.Sandbox.Tests;

/// <summary>A Bot API answer: HTTP status plus Telegram's envelope.</summary>
internal sealed record BotReply(int Status, JsonElement Body)
{
    public bool Ok => Body.GetProperty("ok").GetBoolean();

    public JsonElement Result => Body.GetProperty("result");

    public int ErrorCode => Body.GetProperty("error_code").GetInt32();

    public string Description => Body.GetProperty("description").GetString()!;

    public BotReply AssertOk()
    {
        Assert.True(Status == 200 && Ok, $"expected ok, got {Status}: {Body}");
        return this;
    }

    public void AssertError(int code, string description)
    {
        Assert.Equal(code, Status);
        Assert.False(Ok);
        Assert.Equal(code, ErrorCode);
        Assert.Equal(description, Description);
    }
}
