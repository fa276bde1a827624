using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shop.Messaging;
using Shop.Messaging.Outbox;

namespace Shop.Outbox.Tests.Orders;

/// <summary>A worker the way a Shop worker adds itself: its schema, its outbox, its consumers on the shared bus.</summary>
public static class OutboxTestWorker
{
    public static IHostApplicationBuilder AddOutboxTestWorker(this IHostApplicationBuilder builder, bool withRecorders)
    {
        builder.AddShopDatabase<OutboxTestDbContext>(OutboxTestDbContext.Schema);
        builder.AddShopOutbox<OutboxTestDbContext>();
        builder.Services.AddSingleton<RecordedMessages>();
        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<PlaceTestOrderConsumer>(typeof(PlaceTestOrderConsumerDefinition));
            if (!withRecorders) return;
            bus.AddConsumer<TestOrderPlacedRecorder>(typeof(TestOrderPlacedRecorderDefinition));
            bus.AddConsumer<PlaceTestOrderFaultRecorder>();
        });
        return builder;
    }
}
