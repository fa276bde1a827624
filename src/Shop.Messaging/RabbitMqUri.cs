namespace Shop.Messaging;

/// <summary>Splits an amqp URI into what MassTransit's host configurator takes.</summary>
public static class RabbitMqUri
{
    public static (Uri Host, string User, string Password) Parse(string uri)
    {
        var parsed = new Uri(uri);
        var credentials = parsed.UserInfo.Split(':', 2);
        var user = credentials.Length > 0 && credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var vhost = parsed.AbsolutePath.Trim('/');
        var scheme = parsed.Scheme == "amqps" ? "amqps" : "rabbitmq";
        var port = parsed.IsDefaultPort || parsed.Port < 0 ? (scheme == "amqps" ? 5671 : 5672) : parsed.Port;
        var host = new Uri($"{scheme}://{parsed.Host}:{port}/{Uri.EscapeDataString(Uri.UnescapeDataString(vhost))}");
        return (host, user, password);
    }
}
