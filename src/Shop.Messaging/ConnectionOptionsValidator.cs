using Microsoft.Extensions.Options;
using Npgsql;

namespace Shop.Messaging;

/// <summary>Fails start-up with one line naming the connection string that is missing or malformed.</summary>
public sealed class ConnectionOptionsValidator : IValidateOptions<ConnectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectionOptions options)
    {
        if (name == ConnectionOptions.Unvalidated) return ValidateOptionsResult.Skip;
        if (string.IsNullOrWhiteSpace(options.RabbitMq))
            return ValidateOptionsResult.Fail("ConnectionStrings__RabbitMq is missing (an amqp:// URI, e.g. amqp://guest:guest@127.0.0.1:5672/)");
        if (!Uri.TryCreate(options.RabbitMq, UriKind.Absolute, out var amqp) || (amqp.Scheme != "amqp" && amqp.Scheme != "amqps") || amqp.Host.Length == 0)
            return ValidateOptionsResult.Fail("ConnectionStrings__RabbitMq is malformed (expected an amqp:// or amqps:// URI)");
        if (!string.IsNullOrWhiteSpace(options.RabbitMqManagement)
            && (!Uri.TryCreate(options.RabbitMqManagement, UriKind.Absolute, out var management) || management.Scheme is not ("http" or "https")))
            return ValidateOptionsResult.Fail("ConnectionStrings__RabbitMqManagement is malformed (expected an http:// or https:// URI)");

        if (!options.PostgresRequired) return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(options.Postgres))
            return ValidateOptionsResult.Fail("ConnectionStrings__Postgres is missing (e.g. Host=127.0.0.1;Username=shop;Password=...;Database=shop)");
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(options.Postgres);
            if (string.IsNullOrWhiteSpace(parsed.Host)) return ValidateOptionsResult.Fail("ConnectionStrings__Postgres is malformed (no Host)");
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("ConnectionStrings__Postgres is malformed (not a key=value;... connection string)");
        }
        return ValidateOptionsResult.Success;
    }
}
