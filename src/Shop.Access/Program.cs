using Shop.Access;
using Shop.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddAccessWorker();
var app = builder.Build();
app.MapShopDefaults();
app.RunShop();
