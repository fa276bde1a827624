using Shop.Access;
using Shop.Cart;
using Shop.Catalog;
using Shop.Ingress;
using Shop.Messaging;
using Shop.Notifier;
using Shop.Ordering;
using Shop.Scheduler;

// Every worker in one process on one bus, for a single small machine. Each still has its own queues and schema.
var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddSchedulerWorker();
builder.AddNotifierWorker();
builder.AddCartWorker();
builder.AddCatalogWorker();
builder.AddOrderingWorker();
builder.AddAccessWorker();
builder.AddIngress();
var app = builder.Build();
app.MapShopDefaults();
app.MapIngress();
app.RunShop();
