using Shop.Ingress;
using Shop.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddIngress();
var app = builder.Build();
app.MapShopDefaults();
app.MapIngress();
app.RunShop();
