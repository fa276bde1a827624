namespace Shop.Ctl.Tests;

public sealed class When_naming_the_broker
{
    static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void A_password_in_a_uri_is_masked_and_the_rest_kept()
    {
        Assert.Equal("amqp://shop:***@rabbit:5672/shop", Secrets.Redact(new Uri("amqp://shop:s3cr%40t@rabbit:5672/shop")));
        Assert.Equal("amqp://rabbit:5672/", Secrets.Redact(new Uri("amqp://rabbit:5672/")));
    }

    [Fact]
    public void Passwords_quoted_inside_a_message_are_masked()
    {
        Assert.Equal("failed to open amqp://shop:***@rabbit/ and http://admin:***@rabbit:15672/api",
            Secrets.RedactText("failed to open amqp://shop:hunter2@rabbit/ and http://admin:pa55@rabbit:15672/api"));
    }

    [Fact]
    public void The_command_line_wins_over_the_environment_which_wins_over_the_defaults()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__RabbitMq"] = "amqp://env:env@env-host/env-vhost",
            ["SHOP_RABBITMQ_MANAGEMENT_URL"] = "http://env:env@env-host:15672",
        };

        var fromOptions = BrokerAddresses.Resolve("amqp://cli@cli-host/", "http://cli-host:15672", n => environment.GetValueOrDefault(n));
        var fromEnvironment = BrokerAddresses.Resolve(null, null, n => environment.GetValueOrDefault(n));
        var fromDefaults = BrokerAddresses.Resolve(null, null, NoEnvironment);

        Assert.Equal(("cli-host", "cli-host"), (fromOptions.Amqp.Host, fromOptions.Management.Host));
        Assert.Equal(("env-host", "env-vhost"), (fromEnvironment.Amqp.Host, fromEnvironment.VirtualHost));
        Assert.Equal(new Uri(BrokerAddresses.DefaultAmqp), fromDefaults.Amqp);
        Assert.Equal(new Uri(BrokerAddresses.DefaultManagement), fromDefaults.Management);
    }

    [Theory]
    [InlineData("amqp://rabbit/", "/")]
    [InlineData("amqp://rabbit", "/")]
    [InlineData("amqp://rabbit/shop", "shop")]
    [InlineData("amqp://rabbit/%2Fstaging", "/staging")]
    public void The_virtual_host_is_the_path_of_the_amqp_uri(string amqp, string vhost)
    {
        Assert.Equal(vhost, BrokerAddresses.Resolve(amqp, null, NoEnvironment).VirtualHost);
    }

    [Theory]
    [InlineData("http://rabbit:15672", null)]
    [InlineData(null, "amqp://rabbit:15672")]
    [InlineData("not a uri", null)]
    public void A_uri_of_the_wrong_kind_is_a_bad_argument(string? amqp, string? management)
    {
        var e = Assert.Throws<CtlException>(() => BrokerAddresses.Resolve(amqp, management, NoEnvironment));

        Assert.Equal(ExitCodes.BadArguments, e.ExitCode);
    }

    [Fact]
    public void A_bad_uri_is_quoted_without_its_password()
    {
        var e = Assert.Throws<CtlException>(() => BrokerAddresses.Resolve("http://shop:hunter2@rabbit/", null, NoEnvironment));

        Assert.DoesNotContain("hunter2", e.Message);
    }
}
