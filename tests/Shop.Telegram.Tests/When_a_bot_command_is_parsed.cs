namespace Shop.Telegram.Tests;

public sealed class When_a_bot_command_is_parsed
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start@shop_bot payload", "start", "payload")]
    [InlineData("/start@Shop_Bot ref-42", "start", "ref-42")]
    [InlineData("/Cart  two words  ", "cart", "two words")]
    [InlineData("/start\nsecond line", "start", "second line")]
    [InlineData("/add_item 3", "add_item", "3")]
    public void The_command_and_its_arguments_are_split(string text, string command, string args)
    {
        Assert.True(BotCommandParser.TryParse(text, "shop_bot", out var parsedCommand, out var parsedArgs));
        Assert.Equal(command, parsedCommand);
        Assert.Equal(args, parsedArgs);
    }

    [Theory]
    [InlineData("/start@other_bot payload")]
    [InlineData("hello /start")]
    [InlineData(" /start")]
    [InlineData("/")]
    [InlineData("/ start")]
    [InlineData("/@shop_bot")]
    [InlineData("/stärt")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_a_command_for_this_bot_is_rejected(string? text)
    {
        Assert.False(BotCommandParser.TryParse(text, "shop_bot", out var command, out var args));
        Assert.Equal("", command);
        Assert.Equal("", args);
    }

    [Fact]
    public void Without_a_bot_username_any_addressee_is_accepted()
    {
        Assert.True(BotCommandParser.TryParse("/start@other_bot x", null, out var command, out var args));
        Assert.Equal(("start", "x"), (command, args));
    }

    [Fact]
    public void A_message_exposes_its_command()
    {
        var message = new Message { Text = "/start@shop_bot promo" };

        Assert.Equal("start", message.Command);
        Assert.False(message.TryGetCommand("other_bot", out _, out _));
        Assert.True(message.TryGetCommand("@shop_bot", out var command, out var args));
        Assert.Equal(("start", "promo"), (command, args));
        Assert.Null(new Message { Text = "hello" }.Command);
    }
}
