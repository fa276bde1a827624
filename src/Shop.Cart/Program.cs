using Shop.Cart;
using Shop.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddCartWorker();
var app = builder.Build();
app.MapShopDefaults();
app.RunShop();
