namespace Shop.Ingress.Tests;

public sealed class When_checking_the_webhook_secret
{
    [Theory]
    [InlineData("s3cret_token", "s3cret_token", true)]
    [InlineData("s3cret_tokeN", "s3cret_token", false)]
    [InlineData("", "s3cret_token", false)]
    [InlineData("s3cret_token", null, false)]
    [InlineData("s3cret_token", "", false)]
    public void Only_the_exact_secret_matches(string presented, string? expected, bool matches) =>
        Assert.Equal(matches, WebhookEndpoint.SecretMatches(presented, expected));
}
