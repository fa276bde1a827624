namespace Shop.Ctl;

/// <summary>Where shopctl finds RabbitMQ: the AMQP URI (with the virtual host as its path) and the management API.</summary>
public sealed record BrokerAddresses(Uri Amqp, Uri Management)
{
    public const string AmqpVariable = "ConnectionStrings__RabbitMq";
    public const string ManagementVariable = "SHOP_RABBITMQ_MANAGEMENT_URL";
    public const string DefaultAmqp = "amqp://guest:guest@127.0.0.1:55672/";
    public const string DefaultManagement = "http://guest:guest@127.0.0.1:55673";

    /// <summary>The virtual host named by the AMQP URI's path; an empty path is RabbitMQ's default "/".</summary>
    public string VirtualHost
    {
        get
        {
            var path = Amqp.AbsolutePath.TrimStart('/');
            return path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        }
    }

    /// <summary>The command line wins, then the environment the workers read, then the local defaults.</summary>
    public static BrokerAddresses Resolve(string? amqp, string? management, Func<string, string?> environment)
    {
        var amqpText = First(amqp, environment(AmqpVariable), DefaultAmqp);
        var managementText = First(management, environment(ManagementVariable), DefaultManagement);
        if (!Uri.TryCreate(amqpText, UriKind.Absolute, out var amqpUri) || amqpUri.Scheme is not ("amqp" or "amqps"))
            throw CtlException.BadArguments($"--amqp: '{Secrets.RedactText(amqpText)}' is not an amqp:// or amqps:// URI");
        if (!Uri.TryCreate(managementText, UriKind.Absolute, out var managementUri) || managementUri.Scheme is not ("http" or "https"))
            throw CtlException.BadArguments($"--management: '{Secrets.RedactText(managementText)}' is not an http:// or https:// URI");
        return new BrokerAddresses(amqpUri, managementUri);
    }

    static string First(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!.Trim();
}
