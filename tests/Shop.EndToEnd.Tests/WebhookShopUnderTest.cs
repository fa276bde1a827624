namespace Shop.EndToEnd.Tests;

/// <summary>The same shop, with Telegram (the sandbox) pushing updates to the ingress webhook.</summary>
public sealed class WebhookShopUnderTest : ShopUnderTest
{
    protected override bool UseWebhook => true;
}
