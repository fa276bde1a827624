using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Requests;
using Shop.Access.Staff;
using Shop.Messaging;
using Shop.Messaging.Outbox;
using Shop.Messaging.Sagas;
using Shop.Storefront;

namespace Shop.Access;

/// <summary>The Access worker: who may use a private shop, their requests, the owners' decisions, and the list the gates load.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddAccessWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddShopDatabase<AccessDbContext>(AccessDbContext.Schema);
        builder.AddShopOutbox<AccessDbContext>();
        builder.AddShopBus(bus =>
        {
            bus.AddSagaStateMachine<AccessStateMachine, AccessState>(typeof(AccessStateMachineDefinition))
                .EntityFrameworkRepository<AccessState, AccessDbContext>();
            AddConsumers(bus);
        });
        return builder;
    }

    static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // The gate sends a blocked user's /request, /start and /help here (RouteTable.RequestCommand).
        bus.AddConsumer<RequestCommandConsumer>(typeof(AccessConsumerDefinition<RequestCommandConsumer>));
        bus.AddConsumer<AccessListConsumer>(typeof(AccessConsumerDefinition<AccessListConsumer>));
        bus.AddConsumer<AccessCommandConsumer>(typeof(AccessConsumerDefinition<AccessCommandConsumer>));
        bus.AddConsumer<AccessButtonConsumer>(typeof(AccessConsumerDefinition<AccessButtonConsumer>));
        bus.AddConsumer<RejectReasonConsumer>(typeof(AccessConsumerDefinition<RejectReasonConsumer>));
    }
}
