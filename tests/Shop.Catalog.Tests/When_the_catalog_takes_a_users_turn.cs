using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Storefront;
using Shop.Storefront.Routing;

namespace Shop.Catalog.Tests;

/// <summary>
/// The catalog's side of a turn, as the Ingress runs it: the update sent as a request to the one queue the routing table
/// names, answered once it is handled, with the claim on the user's conversation or a decline. Real RabbitMQ and PostgreSQL.
/// </summary>
public sealed class When_the_catalog_takes_a_users_turn(CatalogUnderTest catalog) : IClassFixture<CatalogUnderTest>
{
    [Fact]
    public async Task Asking_what_to_search_for_claims_the_conversation_in_the_answer()
    {
        var customer = 6101;
        var handled = await TurnAsync(RouteTable.SearchCommand,
            new CommandReceived(catalog.NextUpdateId(), customer, 1, CatalogUnderTest.User(customer), "search", "", DateTimeOffset.UtcNow));

        Assert.False(handled.Declined);
        Assert.Equal((customer, RouteTable.SearchReply.Endpoint), (handled.Claim!.UserId, handled.Claim.Endpoint));
        // The same claim is published too, for the Ingress to record should the answer be late.
        await catalog.Recorded.WaitForAsync<ConversationClaimed>(c => c.UserId == customer && c.Endpoint == RouteTable.SearchReply.Endpoint);
    }

    [Fact]
    public async Task A_text_when_no_question_was_asked_is_declined_and_not_answered()
    {
        var customer = 6102;
        var handled = await TurnAsync(RouteTable.SearchReply,
            new TextReceived(catalog.NextUpdateId(), customer, 1, CatalogUnderTest.User(customer), "hello there", DateTimeOffset.UtcNow));

        Assert.True(handled.Declined);
        Assert.Null(handled.Claim);
        Assert.DoesNotContain(catalog.Recorded.All<SendChatMessage>(), m => m.Message.ChatId == customer);
    }

    [Fact]
    public async Task Cancel_drops_the_question_and_a_second_cancel_is_declined()
    {
        var customer = 6103;
        await catalog.PressAsync(customer, Buttons.Search);
        await catalog.Recorded.WaitForAsync<ConversationClaimed>(c => c.UserId == customer);

        var cancel = new CommandReceived(catalog.NextUpdateId(), customer, 1, CatalogUnderTest.User(customer), "cancel", "", DateTimeOffset.UtcNow);
        var first = await TurnAsync(RouteTable.SearchReply, cancel);
        var again = await TurnAsync(RouteTable.SearchReply, cancel with { UpdateId = catalog.NextUpdateId() });

        Assert.False(first.Declined);
        Assert.True(again.Declined);
        await catalog.Recorded.WaitForAsync<SendChatMessage>(m => m.ChatId == customer && m.Content.Text.StartsWith("Cancelled", StringComparison.Ordinal));
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.search_prompts WHERE user_id = {customer}"));
    }

    [Fact]
    public async Task An_owner_making_a_product_can_add_the_missing_category_at_the_category_step()
    {
        var owner = CatalogUnderTest.Owners[3];
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "newproduct"), owner, "photo");
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "skip"), owner, "");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "Oolong"), owner, "");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "Rolled leaves"), owner, "");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "7.50"), owner, "");
        var choose = await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "12"), owner, "");
        Assert.Contains(choose.Content.Keyboard!.Rows.SelectMany(r => r), b => b.CallbackData == CatalogCallback.NewCategoryData);

        await catalog.ReplyToAsync(() => catalog.PressAsync(owner, CatalogCallback.NewCategoryData), owner, "name of the new category");
        var again = await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "Rare teas"), owner, "“Rare teas” added");

        Assert.Contains(again.Content.Keyboard!.Rows.SelectMany(r => r), b => b.Text == "Rare teas");
    }

    async Task<UpdateHandled> TurnAsync<T>(UpdateHandler handler, T update) where T : class
    {
        var client = catalog.Bus.CreateRequestClient<T>(new Uri("exchange:" + handler.Endpoint), RequestTimeout.After(s: 30));
        return (await client.GetResponse<UpdateHandled>(update)).Message;
    }
}
