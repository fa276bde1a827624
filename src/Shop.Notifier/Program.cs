using Shop.Messaging;
using Shop.Notifier;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddNotifierWorker();
var app = builder.Build();
app.MapShopDefaults();
app.RunShop();
