using MassTransit;
using Shop.Contracts.Telegram;

namespace Shop.Messaging.Routing;

/// <summary>The messages the Ingress routes to one consumer each (a user's button press, command, text, photo or contact).</summary>
public static class UpdateMessages
{
    public static readonly IReadOnlyList<Type> Types =
        [typeof(ButtonPressed), typeof(CommandReceived), typeof(TextReceived), typeof(PhotoReceived), typeof(ContactShared)];

    public static bool IsUpdateConsumer(Type consumer) =>
        Types.Any(type => typeof(IConsumer<>).MakeGenericType(type).IsAssignableFrom(consumer));
}
