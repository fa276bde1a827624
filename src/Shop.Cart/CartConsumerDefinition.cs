using MassTransit;
using Shop.Cart.Data;
using Shop.Messaging;

namespace Shop.Cart;

/// <summary>Every Cart consumer's endpoint: see <see cref="WorkerConsumerDefinition{TConsumer, TDbContext}"/>.</summary>
public sealed class CartConsumerDefinition<TConsumer> : WorkerConsumerDefinition<TConsumer, CartDbContext> where TConsumer : class, IConsumer;
