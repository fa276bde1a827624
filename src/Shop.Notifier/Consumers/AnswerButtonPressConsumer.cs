using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Notifier.Sending;

namespace Shop.Notifier.Consumers;

/// <summary>Answers a button press so the user's spinner stops, with an optional toast or alert.</summary>
public sealed class AnswerButtonPressConsumer(ChatGateway gateway) : IConsumer<AnswerButtonPress>
{
    public Task Consume(ConsumeContext<AnswerButtonPress> context) => gateway.AnswerAsync(context.Message, context.CancellationToken);
}
