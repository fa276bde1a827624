namespace Shop.Telegram.Tests;

public sealed class When_options_are_validated
{
    private const string Token = "123456789:AAH-secret_Part9";

    [Fact]
    public void Valid_polling_options_pass()
    {
        Assert.True(Validate(new TelegramOptions { BotToken = Token }).Succeeded);
    }

    [Fact]
    public void Valid_webhook_options_pass()
    {
        Assert.True(Validate(Webhook(new Uri("https://shop.example/telegram"), "s3cret_-token")).Succeeded);
    }

    [Fact]
    public void A_missing_token_is_named_by_its_environment_variable()
    {
        Assert.Equal(["Telegram__BotToken is missing"], Validate(new TelegramOptions()).Failures);
    }

    [Theory]
    [InlineData("AAH-secret_Part9")]
    [InlineData("12345:")]
    [InlineData("bot12345:abc")]
    [InlineData("12345:abc def")]
    public void A_malformed_token_is_reported_without_echoing_it(string token)
    {
        var result = Validate(new TelegramOptions { BotToken = token });

        Assert.Equal(["Telegram__BotToken is malformed (expected <bot id>:<secret>)"], result.Failures);
        Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_mode_needs_a_url_and_a_secret_with_one_line_each()
    {
        Assert.Equal(
            ["Telegram__WebhookUrl is required when Telegram__UpdateMode is Webhook", "Telegram__WebhookSecret is required when Telegram__UpdateMode is Webhook"],
            Validate(Webhook(null, null)).Failures);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    [InlineData("a/b")]
    public void A_malformed_webhook_secret_is_reported(string secret)
    {
        Assert.Equal(
            ["Telegram__WebhookSecret is malformed (expected 1-256 characters of A-Z, a-z, 0-9, _ and -)"],
            Validate(Webhook(new Uri("https://shop.example/telegram"), secret)).Failures);
    }

    [Fact]
    public void A_secret_longer_than_256_characters_is_reported()
    {
        Assert.Single(Validate(Webhook(new Uri("https://shop.example/telegram"), new string('a', 257))).Failures!);
    }

    [Fact]
    public void The_webhook_settings_are_not_checked_when_polling()
    {
        Assert.True(Validate(new TelegramOptions { BotToken = Token, WebhookSecret = "not valid!" }).Succeeded);
    }

    [Fact]
    public void A_relative_api_base_url_is_reported()
    {
        Assert.Equal(
            ["Telegram__ApiBaseUrl must be an absolute http(s) URL"],
            Validate(new TelegramOptions { BotToken = Token, ApiBaseUrl = new Uri("/api", UriKind.Relative) }).Failures);
    }

    [Theory]
    [InlineData(Token, 123456789)]
    [InlineData("nonsense", 0)]
    [InlineData("", 0)]
    public void The_bot_id_is_the_number_before_the_colon(string token, long botId)
    {
        Assert.Equal(botId, new TelegramOptions { BotToken = token }.BotId);
    }

    private static TelegramOptions Webhook(Uri? url, string? secret) =>
        new() { BotToken = Token, UpdateMode = UpdateMode.Webhook, WebhookUrl = url, WebhookSecret = secret };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(TelegramOptions options) =>
        new TelegramOptionsValidator().Validate(null, options);
}
