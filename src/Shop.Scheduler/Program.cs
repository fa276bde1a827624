using Shop.Messaging;
using Shop.Scheduler;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddSchedulerWorker();
var app = builder.Build();
app.MapShopDefaults();
app.RunShop();
