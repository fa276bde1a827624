using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Storefront.Routing;

namespace Shop.Testing;

/// <summary>
/// Sends a user's update straight to the queue the routing table names, as the Ingress would, for tests that run one worker
/// without an Ingress. Text, photos, contacts and /cancel go to <paramref name="conversation"/> (a conversation handler's queue).
/// </summary>
public static class UpdateSends
{
    public static async Task SendUpdateAsync(this IBus bus, object update, Guid messageId, string? conversation = null)
    {
        var endpoint = Endpoint(update, conversation)
            ?? throw new InvalidOperationException($"No handler for {update}; the Ingress would answer it itself");
        var send = await bus.GetSendEndpoint(new Uri("exchange:" + endpoint));
        await send.Send(update, update.GetType(), context => context.MessageId = messageId);
    }

    public static string? Endpoint(object update, string? conversation) => update switch
    {
        ButtonPressed press => RouteTable.Current.ForButton(press.Data)?.Endpoint,
        CommandReceived { Command: RouteTable.Cancel } => conversation,
        CommandReceived command => RouteTable.Current.ForCommand(command.Command)?.Endpoint,
        TextReceived or PhotoReceived or ContactShared => conversation,
        _ => null,
    };
}
