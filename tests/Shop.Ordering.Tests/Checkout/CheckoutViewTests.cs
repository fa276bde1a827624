using System.Text;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Checkout;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Tests.Checkout;

public sealed class When_showing_the_checkout
{
    static readonly CheckoutTexts English = CheckoutTexts.English;
    static readonly CustomerContact Saved = new()
    {
        UserId = 42, Name = "Anna Smith", Phone = "+447700900123", Delivery = DeliveryMethod.Delivery, Address = "10 Downing Street",
    };

    static IEnumerable<string> Data(MessageContent view) =>
        view.Keyboard?.Rows.SelectMany(row => row).Select(button => button.CallbackData ?? "") ?? [];

    [Fact]
    public void The_summary_lists_the_lines_and_the_total()
    {
        var draft = Drafts.Started();
        var view = CheckoutView.Step(English, draft, null, Drafts.Both);

        Assert.Contains("1. Mug\n    2 × £12.50 = £25.00", view.Text);
        Assert.Contains("2. Green tea\n    1 × £4.99 = £4.99", view.Text);
        Assert.Contains("Total: £29.99 for 3 items", view.Text);
        Assert.Equal([CheckoutButtons.Continue(draft.CheckoutId), "k:view", CheckoutButtons.Cancel(draft.CheckoutId)], Data(view));
    }

    [Fact]
    public void The_summary_offers_the_details_of_last_time()
    {
        var draft = Drafts.Started();
        var view = CheckoutView.Step(English, draft, Saved, Drafts.Both);

        Assert.Contains("Anna Smith, +447700900123, 🚚 Delivery to: 10 Downing Street", view.Text);
        Assert.Contains(CheckoutButtons.UseSaved(draft.CheckoutId), Data(view));
    }

    [Fact]
    public void The_phone_step_offers_to_share_the_number_on_a_reply_keyboard()
    {
        var draft = Drafts.Started();
        draft.Step = CheckoutStep.Phone;
        draft.Phone = "+447700900123";
        var view = CheckoutView.Step(English, draft, null, Drafts.Both);

        Assert.Null(view.Keyboard);
        var buttons = view.ReplyKeyboard!.Rows.SelectMany(row => row).ToList();
        Assert.True(buttons[0].RequestContact);
        Assert.Equal(["+447700900123", English.BackButton, English.CancelButton], buttons.Skip(1).Select(b => b.Text));
    }

    [Fact]
    public void The_choice_lists_the_methods_offered_and_where_pickup_is()
    {
        var draft = Drafts.Started();
        draft.Step = CheckoutStep.Delivery;
        var view = CheckoutView.Step(English, draft, null, Drafts.Both);

        Assert.Contains("1 Market Street, London", view.Text);
        Assert.Equal([CheckoutButtons.ChooseDelivery(draft.CheckoutId), CheckoutButtons.ChoosePickup(draft.CheckoutId),
            CheckoutButtons.Back(draft.CheckoutId, CheckoutStep.Delivery), CheckoutButtons.Cancel(draft.CheckoutId)], Data(view));
    }

    [Fact]
    public void The_confirmation_shows_everything_the_order_will_say()
    {
        var draft = Drafts.ReadyToConfirm();
        var view = CheckoutView.Step(English, draft, null, Drafts.Both);

        foreach (var part in new[] { "Mug", "Green tea", "£29.99", "Anna Smith", "+447700900123", "10 Downing Street, London SW1A 2AA", "Ring twice" })
            Assert.Contains(part, view.Text);
        Assert.Equal([CheckoutButtons.Confirm(draft.CheckoutId), CheckoutButtons.Change(draft.CheckoutId),
            CheckoutButtons.Back(draft.CheckoutId, CheckoutStep.Confirm), CheckoutButtons.Cancel(draft.CheckoutId)], Data(view));
    }

    [Fact]
    public void Pickup_is_confirmed_with_the_pickup_address()
    {
        var view = CheckoutView.Step(English, Drafts.ReadyToConfirm(DeliveryMethod.Pickup), null, Drafts.Both);
        Assert.Contains("🏪 Pickup from: 1 Market Street, London", view.Text);
    }

    [Fact]
    public void An_earlier_screen_keeps_its_text_but_loses_its_buttons()
    {
        var view = CheckoutView.Progress(English, Drafts.ReadyToConfirm(), Drafts.Both);
        Assert.Null(view.Keyboard);
        Assert.Contains("Anna Smith", view.Text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Every_screen_fits_telegrams_limits_even_at_its_largest(string language)
    {
        var texts = CheckoutTexts.For(language);
        var longTitle = new string('W', 200);
        var lines = Enumerable.Range(0, CheckoutRules.MaxLines)
            .Select(i => new OrderLine(Guid.NewGuid(), longTitle + i, 999_999_999, 999)).ToArray();
        var draft = Drafts.Started(Drafts.Request(Drafts.Anna(42, language) with { FirstName = new string('A', 64), LastName = new string('B', 64) }, lines));
        draft.Name = new string('N', CheckoutRules.MaxNameLength);
        draft.Phone = "+123456789012345";
        draft.Delivery = DeliveryMethod.Delivery;
        draft.Address = new string('A', CheckoutRules.MaxAddressLength);
        draft.Comment = new string('C', CheckoutRules.MaxCommentLength);
        var settings = new CheckoutSettings([DeliveryMethod.Delivery, DeliveryMethod.Pickup], new string('P', 2000));
        var saved = new CustomerContact { Name = draft.Name, Phone = draft.Phone, Delivery = DeliveryMethod.Delivery, Address = draft.Address };

        var views = Enum.GetValues<CheckoutStep>().Select(step =>
        {
            draft.Step = step;
            return CheckoutView.Step(texts, draft, saved, settings);
        }).Concat(
        [
            CheckoutView.Progress(texts, draft, settings),
            CheckoutView.Placing(texts, int.MaxValue),
            CheckoutView.Cancelled(texts),
            CheckoutView.NothingToBuy(texts),
            .. Enum.GetValues<InputProblem>().Skip(1).Select(problem => CheckoutView.Problem(texts, problem)),
        ]).ToList();

        foreach (var view in views)
        {
            Assert.InRange(view.Text.Length, 1, 4096);
            foreach (var button in view.Keyboard?.Rows.SelectMany(row => row) ?? [])
            {
                Assert.InRange(Encoding.UTF8.GetByteCount(button.CallbackData ?? ""), 1, 64);
                Assert.InRange(button.Text.Length, 1, 64);
            }
        }
        Assert.Contains(string.Format(texts.MoreLines, CheckoutRules.MaxLines - CheckoutView.MaxShownLines), views[0].Text);
    }

    [Fact]
    public void Answers_fit_telegrams_200_characters()
    {
        foreach (var texts in new[] { CheckoutTexts.English, CheckoutTexts.Russian })
        foreach (var answer in new[] { texts.NotOpen, texts.InvalidButton, string.Format(texts.AlreadyPlaced, int.MaxValue) })
            Assert.InRange(answer.Length, 1, 200);
    }

    [Fact]
    public void Russian_customers_see_russian_screens()
    {
        var draft = Drafts.Started(Drafts.Request(Drafts.Anna(42, "ru")));
        var texts = CheckoutTexts.For(draft.Language);
        var view = CheckoutView.Step(texts, draft, null, Drafts.Both);

        Assert.Contains("Оформление заказа", view.Text);
        Assert.Contains("Итого: 29,99 £ за 3 товара", view.Text);
        Assert.Equal("➡️ Продолжить", view.Keyboard!.Rows[0][0].Text);
    }
}
