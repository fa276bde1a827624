namespace Shop.Testing;

/// <summary>Where the real services are: the environment <c>deploy/services.sh env</c> prints, with the same defaults.</summary>
public static class TestEnvironment
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? "Host=127.0.0.1;Port=55432;Username=shop;Password=shop;Database=shop";

    public static string RabbitMq =>
        Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq") ?? "amqp://guest:guest@127.0.0.1:55672/";

    public static Uri RabbitMqManagement =>
        new(Environment.GetEnvironmentVariable("SHOP_RABBITMQ_MANAGEMENT_URL") ?? "http://guest:guest@127.0.0.1:55673");
}
