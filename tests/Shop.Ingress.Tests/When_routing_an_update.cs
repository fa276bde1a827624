using Shop.Contracts.Telegram;
using Shop.Ingress.Turns;
using Shop.Storefront;
using Shop.Storefront.Routing;

namespace Shop.Ingress.Tests;

/// <summary>The routing table and the turn rules over it: every update has one place to go, or an answer from the Ingress.</summary>
public sealed class When_routing_an_update
{
    static readonly TelegramUser Ann = new(7, "Ann", null, null, "en");
    static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    static ButtonPressed Press(string data) => new(1, "q", 7, 9, Ann, data, Now);

    static CommandReceived Command(string command) => new(1, 7, 9, Ann, command, "", Now);

    static TextReceived Text(string text) => new(1, 7, 9, Ann, text, Now);

    [Theory]
    [InlineData(Buttons.Home, "cart-home-button")]
    [InlineData(Buttons.Help, "cart-home-button")]
    [InlineData("k:view", "cart-cart-button")]
    [InlineData(Buttons.CartCheckout, "cart-checkout-button")]
    [InlineData("c:cats", "catalog-browse-button")]
    [InlineData(Buttons.Search, "catalog-search-button")]
    [InlineData("c:o:vis:0123456789abcdef0123456789abcdef", "catalog-owner-button")]
    [InlineData("o:co:ok:0123456789abcdef0123456789abcdef", "ordering-checkout-button")]
    [InlineData("o:myl", "ordering-order-button")]
    [InlineData("a:list", "access-access-button")]
    [InlineData("s:r:42", "ingress-support-button")]
    public void A_button_goes_to_the_owner_of_its_longest_prefix(string data, string endpoint) =>
        Assert.Equal(endpoint, TurnRules.Decide(Press(data), null).Handler!.Endpoint);

    [Theory]
    [InlineData("start", "cart-home-command")]
    [InlineData("cart", "cart-cart-command")]
    [InlineData("search", "catalog-search-command")]
    [InlineData("newproduct", "catalog-owner-command")]
    [InlineData("myorders", "ordering-order-command")]
    [InlineData("request", "access-request-command")]
    [InlineData("grant", "access-access-command")]
    public void A_command_goes_to_the_worker_that_declared_it(string command, string endpoint) =>
        Assert.Equal(endpoint, TurnRules.Decide(Command(command), null).Handler!.Endpoint);

    [Fact]
    public void What_nobody_owns_gets_the_ingress_answer()
    {
        Assert.Equal(Fallback.StaleButton, TurnRules.Decide(Press("zz:forged"), null).Fallback);
        Assert.Equal(Fallback.UnknownCommand, TurnRules.Decide(Command("frobnicate"), null).Fallback);
        Assert.Equal(Fallback.NothingToCancel, TurnRules.Decide(Command("cancel"), null).Fallback);
        Assert.Equal(Fallback.StrayInput, TurnRules.Decide(Text("hello there"), null).Fallback);
    }

    [Fact]
    public void Text_and_cancel_go_to_whoever_holds_the_conversation_if_it_takes_them()
    {
        var checkout = RouteTable.CheckoutInput.Endpoint;
        Assert.Equal(RouteTable.CheckoutInput, TurnRules.Decide(Text("Anna"), checkout).Handler);
        Assert.Equal(RouteTable.CheckoutInput, TurnRules.Decide(Command("cancel"), checkout).Handler);
        Assert.Equal(RouteTable.CheckoutInput, TurnRules.Decide(new ContactShared(1, 7, 9, Ann, "+1", "Ann", null, 7, Now), checkout).Handler);
        // The checkout takes no photos, and a conversation name that is no longer in the table holds nothing.
        Assert.Equal(Fallback.StrayInput, TurnRules.Decide(new PhotoReceived(1, 7, 9, Ann, "f", null, Now), checkout).Fallback);
        Assert.Equal(Fallback.StrayInput, TurnRules.Decide(Text("Anna"), "ordering-checkout-text").Fallback);
        // Other commands keep their own route whoever holds the conversation.
        Assert.Equal(RouteTable.CartCommand, TurnRules.Decide(Command("cart"), checkout).Handler);
    }

    [Fact]
    public void Every_prefix_command_and_conversation_has_exactly_one_owner()
    {
        var table = RouteTable.Current;
        Assert.Equal(table.ButtonPrefixes.Count, table.ButtonPrefixes.Select(p => p.Prefix).Distinct().Count());
        Assert.All(table.Conversations.Values, handler => Assert.NotEqual(InputKinds.None, handler.Takes));
        Assert.DoesNotContain(RouteTable.Cancel, table.Commands.Keys);
        // Every exact datum is under some prefix's worker, or is a worker's own word (home, help).
        Assert.All(table.ExactButtons, exact => Assert.True(exact.Key.Length <= 64));
    }

    [Fact]
    public void A_new_worker_cannot_claim_a_taken_prefix_or_command()
    {
        var newcomer = new UpdateHandler("loyalty", "PointsButton");

        var prefix = Assert.Throws<InvalidOperationException>(() => Copy().ButtonPrefix(newcomer, Buttons.CartPrefix));
        var command = Assert.Throws<InvalidOperationException>(() => Copy().Command(newcomer, "cart"));
        var exact = Assert.Throws<InvalidOperationException>(() => Copy().Button(newcomer, Buttons.Home));

        Assert.Contains("cart-cart-button", prefix.Message);
        Assert.Contains("/cart", command.Message);
        Assert.Contains("cart-home-button", exact.Message);
        // A prefix of its own is fine.
        Copy().ButtonPrefix(newcomer, "l:").Command(newcomer, "points");
    }

    /// <summary>The shop's table built again, as a new worker's declarations would be added to it.</summary>
    static Routes Copy()
    {
        var routes = new Routes();
        foreach (var (prefix, handler) in RouteTable.Current.ButtonPrefixes) routes.ButtonPrefix(handler, prefix);
        foreach (var (datum, handler) in RouteTable.Current.ExactButtons) routes.Button(handler, datum);
        foreach (var (command, handler) in RouteTable.Current.Commands) routes.Command(handler, command);
        return routes;
    }
}
