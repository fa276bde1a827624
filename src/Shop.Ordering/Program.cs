using Shop.Messaging;
using Shop.Ordering;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddOrderingWorker();
var app = builder.Build();
app.MapShopDefaults();
app.RunShop();
