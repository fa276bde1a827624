using Microsoft.Extensions.Options;
using Shop.Messaging;
using Shop.Messaging.Failures;
using Shop.Notifier.Consumers;
using Shop.Notifier.Data;
using Shop.Notifier.Sending;
using Shop.Telegram;

namespace Shop.Notifier;

/// <summary>The Notifier worker: the only process that talks to Telegram's send methods.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddNotifierWorker(this IHostApplicationBuilder builder)
    {
        builder.AddTelegramBotApi();
        builder.AddShopDatabase<NotifierDbContext>(NotifierDbContext.Schema);
        builder.Services.AddOptions<NotifierOptions>().BindConfiguration(NotifierOptions.SectionName);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<NotifierOptions>>().Value;
            return new Pacer(options.GlobalPerSecond, options.GlobalBurst, options.PerChatPerSecond, options.PerChatBurst);
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ChatGateway>();
        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<SendChatMessageConsumer>(typeof(NotifierConsumerDefinition<SendChatMessageConsumer>));
            bus.AddConsumer<EditChatMessageConsumer>(typeof(NotifierConsumerDefinition<EditChatMessageConsumer>));
            bus.AddConsumer<EditTaggedMessageConsumer>(typeof(NotifierConsumerDefinition<EditTaggedMessageConsumer>));
            bus.AddConsumer<DeleteChatMessageConsumer>(typeof(NotifierConsumerDefinition<DeleteChatMessageConsumer>));
            bus.AddConsumer<AnswerButtonPressConsumer>(typeof(NotifierConsumerDefinition<AnswerButtonPressConsumer>));
            bus.AddConsumer<ChatReachabilityConsumer>(typeof(NotifierConsumerDefinition<ChatReachabilityConsumer>));
            // Once for the one queue all six share. The notifier retries in place for up to minutes (the definition: inside
            // each chat's partition, or outside it for an edit waiting on its send), which keeps a chat's messages in order;
            // a redelivery through the Scheduler would let later ones overtake. So the policy adds the error queue's trimmed
            // fault, and what Telegram refuses outright goes there at once.
            bus.UseShopFailurePolicyOn(NotifierConsumerDefinition<SendChatMessageConsumer>.QueueName, tune =>
            {
                tune.Retries = [];
                tune.Redeliveries = [];
                tune.AlsoPermanent.Add(typeof(TelegramCallFailedPermanently));
            });
        });
        return builder;
    }
}
