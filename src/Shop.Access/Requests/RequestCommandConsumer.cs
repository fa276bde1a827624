using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Mode;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Access.Requests;

/// <summary>
/// The commands a user without access may send: <c>/request [message]</c> files a request (the saga decides whether it
/// can be); <c>/start</c> and <c>/help</c> get the private-shop explanation, and nothing from here when the user has access
/// (the Cart answers them then).
/// </summary>
public sealed class RequestCommandConsumer(AccessDbContext db, IOptions<ShopOptions> shop, TimeProvider clock) : IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var ct = context.CancellationToken;
        var texts = AccessTexts.For(command.From.LanguageCode);
        var mode = await db.CurrentModeAsync(shop.Value, ct);
        var isOwner = shop.Value.IsOwner(command.From.Id);
        if (command.Command != "request")
        {
            var user = await db.FindUserAsync(command.From.Id, ct);
            if (AccessRules.HasAccess(mode, isOwner, user?.CurrentState)) return;
            await Reply(context, PrivateShopScreen.Explanation());
            return;
        }
        if (mode == AccessMode.Open || isOwner)
        {
            await Reply(context, new MessageContent(isOwner ? texts.AlreadyAllowed : texts.OpenShop));
            return;
        }
        var message = AccessRules.CleanMessage(command.Arguments);
        if (message is { Length: > AccessRules.MaxMessageLength })
        {
            await Reply(context, new MessageContent(string.Format(texts.TooLong, message.Length, AccessRules.MaxMessageLength)));
            return;
        }
        await context.Publish(new RequestAccess(command.From.Id, command.ChatId, command.From, message, clock.GetUtcNow()), ct);
    }

    static Task Reply(ConsumeContext<CommandReceived> context, MessageContent content) =>
        context.Publish(new SendChatMessage(context.Message.ChatId, content), context.CancellationToken);
}
