using MassTransit;
using Shop.Catalog.Data;
using Shop.Messaging;

namespace Shop.Catalog;

/// <summary>Every Catalog consumer's endpoint: see <see cref="WorkerConsumerDefinition{TConsumer, TDbContext}"/>.</summary>
public sealed class CatalogConsumerDefinition<TConsumer> : WorkerConsumerDefinition<TConsumer, CatalogDbContext> where TConsumer : class, IConsumer;
