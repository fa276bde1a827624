namespace Shop.Messaging.Tests;

public sealed class When_reading_settings
{
    [Theory]
    [InlineData("1001", new long[] { 1001 })]
    [InlineData(" 1001, 1002 ,1003", new long[] { 1001, 1002, 1003 })]
    [InlineData("1001,,1002", new long[] { 1001, 1002 })]
    public void Owner_ids_are_parsed(string value, long[] expected) =>
        Assert.Equal(expected.ToHashSet(), ShopOptions.ParseOwnerIds(value)!.ToHashSet());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1001;1002")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1001,x")]
    public void Malformed_owner_ids_are_refused(string? value) => Assert.Null(ShopOptions.ParseOwnerIds(value));

    [Fact]
    public void A_missing_owner_list_is_named_in_one_line()
    {
        var result = new ShopOptionsValidator().Validate(null, new ShopOptions());

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Shop__OwnerIds is missing", failure);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void A_malformed_owner_list_is_named()
    {
        var result = new ShopOptionsValidator().Validate(null, new ShopOptions { OwnerIds = "owner" });

        Assert.StartsWith("Shop__OwnerIds is malformed", Assert.Single(result.Failures!));
    }

    [Theory]
    [InlineData(null, null, false, "ConnectionStrings__RabbitMq is missing")]
    [InlineData("localhost:5672", null, false, "ConnectionStrings__RabbitMq is malformed")]
    [InlineData("http://localhost", null, false, "ConnectionStrings__RabbitMq is malformed")]
    [InlineData("amqp://guest:guest@localhost/", null, true, "ConnectionStrings__Postgres is missing")]
    [InlineData("amqp://guest:guest@localhost/", "Host=;Database=x", true, "ConnectionStrings__Postgres is malformed")]
    [InlineData("amqp://guest:guest@localhost/", "this is not a connection string", true, "ConnectionStrings__Postgres is malformed")]
    public void A_missing_or_malformed_connection_string_is_named(string? rabbit, string? postgres, bool postgresRequired, string expected)
    {
        var result = new ConnectionOptionsValidator().Validate(null,
            new ConnectionOptions { RabbitMq = rabbit, Postgres = postgres, PostgresRequired = postgresRequired });

        Assert.StartsWith(expected, Assert.Single(result.Failures!));
    }

    [Fact]
    public void Good_connection_strings_pass()
    {
        var result = new ConnectionOptionsValidator().Validate(null, new ConnectionOptions
        {
            RabbitMq = "amqp://guest:guest@127.0.0.1:55672/",
            Postgres = "Host=127.0.0.1;Port=55432;Username=shop;Password=shop;Database=shop",
            PostgresRequired = true,
        });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("amqp://u:p%40ss@broker:5673/shop", "rabbitmq://broker:5673/shop", "u", "p@ss")]
    [InlineData("amqp://broker", "rabbitmq://broker:5672/", "guest", "guest")]
    [InlineData("amqps://u:p@broker/vh", "amqps://broker:5671/vh", "u", "p")]
    public void An_amqp_uri_becomes_host_user_and_password(string uri, string host, string user, string password)
    {
        var parsed = RabbitMqUri.Parse(uri);

        Assert.Equal(new Uri(host), parsed.Host);
        Assert.Equal(user, parsed.User);
        Assert.Equal(password, parsed.Password);
    }
}
