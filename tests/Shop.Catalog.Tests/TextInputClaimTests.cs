using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Catalog.Tests;

/// <summary>
/// The catalog and the other workers that wait for a user's text (checkout, staff reasons) against the running worker:
/// real RabbitMQ and PostgreSQL. Tests stand in for the other worker by publishing its claims.
/// </summary>
public sealed class When_another_worker_claims_a_users_text(CatalogUnderTest catalog) : IClassFixture<CatalogUnderTest>
{
    const string ClaimsQueue = "catalog-input-claimed";

    [Fact]
    public async Task A_pending_search_is_dropped_and_cancel_is_left_to_that_worker_until_the_catalog_asks_again()
    {
        var customer = 6001;
        await AskSearchAsync(customer);

        await ClaimAsync(customer, "ordering", DateTimeOffset.UtcNow);
        var text = await catalog.TextAsync(customer, "espresso");
        await catalog.ConsumedAsync(text, "search-reply");
        var cancel = await catalog.CommandAsync(customer, "cancel");
        await catalog.ConsumedAsync(cancel, "cancel-command");

        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.search_prompts WHERE user_id = {customer}"));
        Assert.Equal(1, await catalog.Database.ScalarAsync(
            $"SELECT count(*) FROM catalog.input_elsewhere WHERE user_id = {customer} AND worker = 'ordering'"));
        Assert.DoesNotContain(catalog.Recorded.All<SendChatMessage>(), m => m.Message.ChatId == customer);

        var claim = await AskSearchAsync(customer);
        await catalog.ReplyToAsync(() => catalog.CommandAsync(customer, "cancel"), customer, "Cancelled.");

        Assert.Equal((customer, "catalog"), (claim.UserId, claim.Worker));
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.input_elsewhere WHERE user_id = {customer}"));
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.search_prompts WHERE user_id = {customer}"));
        Assert.Single(catalog.Recorded.All<SendChatMessage>(), m => m.Message.ChatId == customer);
    }

    [Fact]
    public async Task A_claim_older_than_the_catalogs_own_question_is_ignored()
    {
        var customer = 6002;
        var asked = await AskSearchAsync(customer);

        // Claimed before the catalog asked, but delivered after: the newer catalog question stands.
        await ClaimAsync(customer, "ordering", asked.ClaimedAt.AddSeconds(-1));

        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.input_elsewhere WHERE user_id = {customer}"));
        await catalog.ReplyToAsync(() => catalog.TextAsync(customer, "espresso"), customer, "Nothing found for “espresso”");
    }

    [Fact]
    public async Task A_redelivered_claim_applies_once()
    {
        var customer = 6003;
        // The other worker's clock runs ahead, so its claim is later than the question the catalog asks after it arrived.
        var claimedAt = DateTimeOffset.UtcNow.AddHours(1);
        var claim = await ClaimAsync(customer, "ordering-staff", claimedAt);
        await AskSearchAsync(customer);

        await ClaimAsync(customer, "ordering-staff", claimedAt, claim);

        Assert.Equal(1, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.search_prompts WHERE user_id = {customer}"));
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.input_elsewhere WHERE user_id = {customer}"));
        Assert.Equal(1, await catalog.Database.ScalarAsync(
            $"SELECT count(*) FROM catalog.inbox_state WHERE message_id = '{claim}' AND consumed IS NOT NULL"));
        await catalog.ReplyToAsync(() => catalog.TextAsync(customer, "espresso"), customer, "Nothing found for “espresso”");
    }

    [Fact]
    public async Task An_owners_step_asked_before_the_claim_ends_and_its_next_text_is_not_taken()
    {
        var owner = CatalogUnderTest.Owners[0];
        var after = catalog.Recorded.Count;
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "newproduct"), owner, "Send its photo");
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "skip"), owner, "title");
        await catalog.Recorded.WaitForAsync<TextInputClaimed>(c => c.UserId == owner && c.Worker == "catalog", after);

        await ClaimAsync(owner, "ordering", DateTimeOffset.UtcNow);
        var sent = catalog.Recorded.Count;
        var text = await catalog.TextAsync(owner, "Espresso Beans");
        await catalog.ConsumedAsync(text, "owner-reply");

        Assert.Equal(1, await catalog.Database.ScalarAsync(
            $"SELECT count(*) FROM catalog.owner_conversations WHERE owner_id = {owner} AND step = 'Idle' AND draft_title IS NULL"));
        Assert.DoesNotContain(catalog.Recorded.All<SendChatMessage>(sent), m => m.Message.ChatId == owner);
    }

    /// <summary>Asks the customer what they look for, and returns the claim the catalog published for it.</summary>
    async Task<TextInputClaimed> AskSearchAsync(long customer)
    {
        var after = catalog.Recorded.Count;
        await catalog.PressAsync(customer, Buttons.Search, messageId: 910);
        await catalog.Recorded.WaitForAsync<EditChatMessage>(
            e => e.ChatId == customer && e.Content.Text.Contains("What are you looking for"), after);
        return await catalog.Recorded.WaitForAsync<TextInputClaimed>(c => c.UserId == customer && c.Worker == "catalog", after);
    }

    /// <summary>Publishes another worker's claim (again, when given its message id) and waits until the catalog is done with it.</summary>
    async Task<Guid> ClaimAsync(long userId, string worker, DateTimeOffset claimedAt, Guid? messageId = null)
    {
        var after = catalog.Recorded.Count;
        var id = await catalog.PublishAsync(new TextInputClaimed(userId, worker, claimedAt), messageId);
        await catalog.ConsumedAsync(id, ClaimsQueue, after);
        return id;
    }
}
