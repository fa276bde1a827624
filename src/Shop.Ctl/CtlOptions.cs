using System.CommandLine;

namespace Shop.Ctl;

/// <summary>The options every command takes: where the broker is.</summary>
public sealed class CtlOptions(Func<string, string?> environment)
{
    public Option<string?> Amqp { get; } = new("--amqp")
    {
        Description = $"AMQP URI of the virtual host [default: ${BrokerAddresses.AmqpVariable} or {Secrets.RedactText(BrokerAddresses.DefaultAmqp)}]",
        Recursive = true,
    };

    public Option<string?> Management { get; } = new("--management")
    {
        Description = $"RabbitMQ management API URL [default: ${BrokerAddresses.ManagementVariable} or {Secrets.RedactText(BrokerAddresses.DefaultManagement)}]",
        Recursive = true,
    };

    public CtlSession Session(ParseResult parse) =>
        new(BrokerAddresses.Resolve(parse.GetValue(Amqp), parse.GetValue(Management), environment));
}
