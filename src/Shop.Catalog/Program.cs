using Shop.Catalog;
using Shop.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopDefaults();
builder.AddCatalogWorker();
var app = builder.Build();
app.MapShopDefaults();
app.RunShop();
