using System.Text;
using Shop.Cart.Checkout;
using Shop.Cart.Shopping;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Cart.Tests;

public sealed class When_rendering_the_cart
{
    static IReadOnlyList<InlineButton> ButtonsOf(MessageContent view) => view.Keyboard!.Rows.SelectMany(row => row).ToList();

    [Fact]
    public void An_empty_cart_says_so_and_leads_to_the_catalog_and_home()
    {
        var view = CartView.Cart(CartTexts.English, CartContents.Empty);

        Assert.Contains("Your cart is empty", view.Text);
        Assert.Equal([Buttons.Categories, Buttons.Home], ButtonsOf(view).Select(b => b.CallbackData));
    }

    [Fact]
    public void Lines_show_quantity_unit_and_line_totals_and_the_total()
    {
        var mug = Carts.Product("Mug", 1250);
        var poster = Carts.Product("Poster", 500);

        var view = CartView.Cart(CartTexts.English, Carts.With((mug, 2), (poster, 1)));

        Assert.Contains("1. Mug\n    2 × $12.50 = $25.00", view.Text);
        Assert.Contains("2. Poster\n    1 × $5.00 = $5.00", view.Text);
        Assert.EndsWith("Total: $30.00 for 3 items", view.Text);
    }

    [Fact]
    public void Each_line_has_minus_plus_and_remove_then_checkout_empty_resume_and_home()
    {
        var mug = Carts.Product("Mug", 1250);

        var view = CartView.Cart(CartTexts.English, Carts.With(mug, 2));

        var rows = view.Keyboard!.Rows.Select(row => row.Select(b => b.CallbackData).ToList()).ToList();
        Assert.Equal([
            [$"k:dec:{mug.ProductId:N}", $"k:inc:{mug.ProductId:N}", $"k:del:{mug.ProductId:N}"],
            [CartButtons.Checkout],
            ["k:clear"],
            [Buttons.Categories, Buttons.Home],
        ], rows);
        Assert.Equal("✅ Checkout (2 items, $25.00)", view.Keyboard.Rows[1][0].Text);
        Assert.Equal("🛍 Resume shopping", view.Keyboard.Rows[3][0].Text);
    }

    [Fact]
    public void Out_of_stock_and_hidden_products_stay_shown_as_such_but_out_of_totals_and_checkout()
    {
        var mug = Carts.Product("Mug", 1250);
        var soldOut = Carts.Product("Poster", 500, stock: 0);
        var hidden = Carts.Product("Lamp", 9900, active: false);

        var view = CartView.Cart(CartTexts.English, Carts.With((mug, 1), (soldOut, 2), (hidden, 1)));

        Assert.Contains("2. Poster\n    out of stock", view.Text);
        Assert.Contains("3. Lamp\n    no longer available", view.Text);
        Assert.EndsWith("Total: $12.50 for 1 item", view.Text);
        Assert.Contains(ButtonsOf(view), b => b.Text == "✅ Checkout (1 item, $12.50)");
        Assert.Equal([$"k:del:{soldOut.ProductId:N}"], view.Keyboard!.Rows[1].Select(b => b.CallbackData));
        Assert.Equal([$"k:del:{hidden.ProductId:N}"], view.Keyboard!.Rows[2].Select(b => b.CallbackData));
    }

    [Fact]
    public void A_cart_with_nothing_buyable_offers_no_checkout()
    {
        var view = CartView.Cart(CartTexts.English, Carts.With(Carts.Product("Poster", 500, stock: 0), 2));

        Assert.DoesNotContain("Total", view.Text);
        Assert.DoesNotContain(ButtonsOf(view), b => b.CallbackData == CartButtons.Checkout);
        Assert.Contains(ButtonsOf(view), b => b.CallbackData == CartButtons.Clear);
    }

    [Fact]
    public void A_line_above_the_stock_counts_only_what_is_in_stock()
    {
        var view = CartView.Cart(CartTexts.English, Carts.With(Carts.Product("Mug", 1000, stock: 2), 5));

        Assert.Contains("2 × $10.00 = $20.00 (5 in the cart, only 2 in stock)", view.Text);
        Assert.EndsWith("Total: $20.00 for 2 items", view.Text);
    }

    [Fact]
    public void Amounts_in_different_currencies_are_listed_not_added()
    {
        var cart = Carts.With((Carts.Product("Mug", 1000), 1), (Carts.Product("Sticker", 50, currency: "XTR"), 2));

        Assert.Equal("$10.00 + ⭐100", CartView.Total(CartTexts.English, cart));
    }

    [Fact]
    public void Russian_users_get_russian_words_and_prices()
    {
        var view = CartView.Cart(CartTexts.Russian, Carts.With(Carts.Product("Кружка", 150000, currency: "RUB"), 2));

        Assert.Contains("Итого: 3 000,00 ₽ за 2 товара", view.Text.Replace('\u00a0', ' '));
    }

    [Fact]
    public void Emptying_asks_first()
    {
        var view = CartView.ConfirmClear(CartTexts.English);

        Assert.Equal([CartButtons.ConfirmClear, CartButtons.View], ButtonsOf(view).Select(b => b.CallbackData));
    }

    [Fact]
    public void A_full_cart_of_long_titles_fits_telegram_and_every_button_fits_64_bytes()
    {
        foreach (var texts in new[] { CartTexts.English, CartTexts.Russian })
        {
            var lines = Enumerable.Range(0, CartRules.MaxLines)
                .Select(i => (Carts.Product(new string('Ж', 300), 9_999_999_999, stock: i % 3), CartButtons.MaxAddQuantity))
                .ToArray();
            var cart = Carts.With(lines);
            foreach (var view in new[] { CartView.Cart(texts, cart), CartView.ConfirmClear(texts), CartView.Cart(texts, CartContents.Empty) })
            {
                Assert.InRange(view.Text.Length, 1, 4096);
                Assert.InRange(ButtonsOf(view).Count, 1, 100);
                Assert.All(ButtonsOf(view), button => Assert.InRange(Encoding.UTF8.GetByteCount(button.CallbackData!), 1, 64));
            }
        }
    }

    [Fact]
    public void Every_cart_button_data_fits_64_bytes()
    {
        var id = Guid.NewGuid();
        string[] data = [CartButtons.View, CartButtons.Clear, CartButtons.ConfirmClear, CartButtons.Checkout, CartButtons.Add(id, CartButtons.MaxAddQuantity),
            CartButtons.Increase(id), CartButtons.Decrease(id), CartButtons.Remove(id)];

        Assert.All(data, d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, 64));
    }
}

public sealed class When_answering_a_cart_button
{
    [Fact]
    public void Adding_says_what_was_added_and_how_full_the_cart_is()
    {
        var answer = CartView.Answer("q", CartTexts.English, new CartChange(CartOutcome.Added, "Mug", Added: 2, InCart: 2),
            Carts.With((Carts.Product("Mug", 100), 2), (Carts.Product("Pen", 100), 1)));

        Assert.Equal(new AnswerButtonPress("q", "Added 2 × Mug · cart: 3 items"), answer);
    }

    [Fact]
    public void Hitting_the_stock_says_so_in_the_toast()
    {
        var answer = CartView.Answer("q", CartTexts.English, new CartChange(CartOutcome.AddedUpToStock, "Mug", Added: 1, InCart: 4),
            Carts.With(Carts.Product("Mug", 100, stock: 4), 4));

        Assert.Equal("Added 1 × Mug, all we have in stock · cart: 4 items", answer.Text);
        Assert.False(answer.ShowAlert);
    }

    [Theory]
    [InlineData(CartOutcome.Unavailable)]
    [InlineData(CartOutcome.OutOfStock)]
    [InlineData(CartOutcome.NotInCart)]
    [InlineData(CartOutcome.CartFull)]
    public void A_refused_change_is_an_alert(CartOutcome outcome)
    {
        var answer = CartView.Answer("q", CartTexts.English, new CartChange(outcome, "Mug"), CartContents.Empty);

        Assert.True(answer.ShowAlert);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public void Every_answer_fits_telegrams_200_characters_even_for_a_long_title()
    {
        foreach (var texts in new[] { CartTexts.English, CartTexts.Russian })
            foreach (var outcome in Enum.GetValues<CartOutcome>())
            {
                var answer = CartView.Answer("q", texts, new CartChange(outcome, new string('Ж', 500), 99, 99), CartContents.Empty);
                Assert.InRange(answer.Text?.Length ?? 0, 0, 200);
            }
    }

    [Theory]
    [InlineData(CheckoutOutcome.NothingToBuy, "There is nothing in your cart that can be bought now.")]
    [InlineData(CheckoutOutcome.SeveralCurrencies, "Checkout handles one currency at a time: please leave only products priced in one currency in your cart.")]
    public void A_refused_checkout_is_an_alert_saying_why(CheckoutOutcome outcome, string text) =>
        Assert.Equal(new AnswerButtonPress("q", text, ShowAlert: true), CartView.CheckoutAnswer("q", CartTexts.English, outcome));

    [Fact]
    public void A_checkout_ordering_takes_over_only_stops_the_spinner() =>
        Assert.Equal(new AnswerButtonPress("q"), CartView.CheckoutAnswer("q", CartTexts.English, CheckoutOutcome.Ready));

    [Fact]
    public void Every_checkout_answer_fits_telegrams_200_characters()
    {
        foreach (var texts in new[] { CartTexts.English, CartTexts.Russian })
            foreach (var outcome in Enum.GetValues<CheckoutOutcome>())
                Assert.InRange(CartView.CheckoutAnswer("q", texts, outcome).Text?.Length ?? 0, 0, 200);
    }

    [Fact]
    public void A_change_the_cart_view_shows_needs_no_toast()
    {
        var answer = CartView.Answer("q", CartTexts.English, new CartChange(CartOutcome.Changed, "Mug"), CartContents.Empty);

        Assert.Equal(new AnswerButtonPress("q"), answer);
    }
}

public sealed class When_a_product_card_shows_the_cart_count
{
    static readonly Guid Mug = Guid.NewGuid();

    static InlineKeyboard Card(params IReadOnlyList<InlineButton>[] extra) => new([
        [new InlineButton("−", "c:n"), new InlineButton("1 pc", "c:n"), new InlineButton("+", Buttons.Product(Mug, 2))],
        [new InlineButton("🛒 Add to cart", Buttons.AddToCart(Mug, 1))],
        .. extra,
        [new InlineButton("⬅️ Back", Buttons.Category(Guid.NewGuid())), new InlineButton("🏠 Home", Buttons.Home)],
    ]);

    static string?[][] Data(InlineKeyboard keyboard) => keyboard.Rows.Select(row => row.Select(b => b.CallbackData).ToArray()).ToArray();

    [Fact]
    public void The_count_goes_under_add_and_opens_the_cart_while_the_cards_buttons_stay()
    {
        var card = Card();

        var counted = CartView.WithCount(card, CartTexts.English, Mug, 2)!;

        Assert.Equal("🛒 In your cart: 2 · open", counted.Rows[2].Single().Text);
        Assert.Equal([.. Data(card)[..2], [Buttons.Cart], .. Data(card)[2..]], Data(counted));
    }

    [Fact]
    public void A_second_add_replaces_the_count_rather_than_adding_a_row()
    {
        var once = CartView.WithCount(Card(), CartTexts.English, Mug, 1)!;

        var twice = CartView.WithCount(once, CartTexts.Russian, Mug, 3)!;

        Assert.Equal(once.Rows.Count, twice.Rows.Count);
        Assert.Equal("🛒 В корзине: 3 · открыть", twice.Rows[2].Single().Text);
    }

    [Fact]
    public void Buttons_that_are_not_this_products_card_are_left_alone()
    {
        Assert.Null(CartView.WithCount(Card(), CartTexts.English, Guid.NewGuid(), 1));
        Assert.Null(CartView.WithCount(new InlineKeyboard([[new InlineButton("🛒 Cart", Buttons.Cart)]]), CartTexts.English, Mug, 1));
    }
}
