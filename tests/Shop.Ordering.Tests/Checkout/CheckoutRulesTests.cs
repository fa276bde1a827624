using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Checkout;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Tests.Checkout;

public sealed class When_a_customer_answers_the_checkout
{
    static readonly CheckoutTexts English = CheckoutTexts.English;

    static CheckoutOutcome Press(CheckoutDraft draft, CheckoutPressKind kind, CustomerContact? saved = null, CheckoutSettings? settings = null) =>
        CheckoutRules.Press(draft, Drafts.Press(draft, kind), saved, settings ?? Drafts.Both, Drafts.Now);

    static CheckoutOutcome Type(CheckoutDraft draft, string text, CheckoutSettings? settings = null) =>
        CheckoutRules.Text(draft, text, English, settings ?? Drafts.Both, Drafts.Now);

    static ContactShared Contact(long from, long? owner, string phone = "447700900123") =>
        new(1, from, 5, Drafts.Anna(from), phone, "Anna", null, owner, Drafts.Now);

    [Fact]
    public void A_whole_walk_with_delivery_fills_every_detail()
    {
        var draft = Drafts.Started();
        Press(draft, CheckoutPressKind.Continue);
        Assert.Equal(CheckoutStep.Name, draft.Step);
        Assert.NotNull(draft.AwaitingTextSince);
        Type(draft, "  Anna\n  Smith ");
        Assert.Equal("Anna Smith", draft.Name);
        CheckoutRules.Contact(draft, Contact(42, 42), Drafts.Both, Drafts.Now);
        Assert.Equal("+447700900123", draft.Phone);
        Assert.Equal(CheckoutStep.Delivery, draft.Step);
        Assert.Null(draft.AwaitingTextSince);
        Press(draft, CheckoutPressKind.ChooseDelivery);
        Type(draft, "10 Downing Street, London");
        Assert.Equal(CheckoutStep.Comment, draft.Step);
        Press(draft, CheckoutPressKind.SkipComment);
        Assert.Equal(CheckoutStep.Confirm, draft.Step);

        Assert.Equal(CheckoutOutcomeKind.Confirmed, Press(draft, CheckoutPressKind.Confirm).Kind);
        Assert.Equal(new OrderContact("Anna Smith", "+447700900123", DeliveryMethod.Delivery, "10 Downing Street, London", null),
            CheckoutRules.ContactOf(draft, Drafts.Both));
    }

    [Fact]
    public void The_telegram_name_button_takes_the_customers_telegram_name()
    {
        var draft = Drafts.Started();
        draft.Step = CheckoutStep.Name;
        Press(draft, CheckoutPressKind.UseTelegramName);
        Assert.Equal("Anna Smith", draft.Name);
        Assert.Equal(CheckoutStep.Phone, draft.Step);
    }

    [Fact]
    public void Pickup_has_no_address_even_if_one_was_typed_before()
    {
        var draft = Drafts.ReadyToConfirm();
        draft.Step = CheckoutStep.Delivery;
        Press(draft, CheckoutPressKind.ChoosePickup);
        Assert.Equal(CheckoutStep.Comment, draft.Step);
        Assert.Null(CheckoutRules.ContactOf(draft, Drafts.Both).Address);
    }

    [Fact]
    public void A_double_press_acts_once_and_then_shows_where_the_checkout_is()
    {
        var draft = Drafts.Started();
        var continuePress = Drafts.Press(draft, CheckoutPressKind.Continue);
        CheckoutRules.Press(draft, continuePress, null, Drafts.Both, Drafts.Now);
        Assert.Equal(CheckoutOutcomeKind.Shown, CheckoutRules.Press(draft, continuePress, null, Drafts.Both, Drafts.Now).Kind);
        Assert.Equal(CheckoutStep.Name, draft.Step);
    }

    [Fact]
    public void A_button_of_another_checkout_is_refused_and_changes_nothing()
    {
        var draft = Drafts.Started();
        var other = new CheckoutPress(CheckoutPressKind.Continue, Guid.NewGuid(), CheckoutStep.Summary);
        Assert.Equal(CheckoutOutcomeKind.NotOpen, CheckoutRules.Press(draft, other, null, Drafts.Both, Drafts.Now).Kind);
        Assert.Equal(CheckoutStep.Summary, draft.Step);
        Assert.Equal(CheckoutOutcomeKind.NotOpen, CheckoutRules.Press(null, other, null, Drafts.Both, Drafts.Now).Kind);
    }

    [Fact]
    public void A_submitted_checkout_answers_every_button_with_its_order()
    {
        var draft = Drafts.ReadyToConfirm();
        CheckoutRules.Submit(draft, 1042, Drafts.Now);
        Assert.Equal(CheckoutOutcomeKind.AlreadyPlaced, Press(draft, CheckoutPressKind.Confirm).Kind);
        Assert.Equal(CheckoutOutcomeKind.AlreadyPlaced, Press(draft, CheckoutPressKind.Cancel).Kind);
        Assert.Equal(CheckoutOutcomeKind.Ignored, Type(draft, "hello").Kind);
    }

    [Fact]
    public void Back_from_the_comment_after_pickup_goes_to_the_choice()
    {
        var draft = Drafts.ReadyToConfirm(DeliveryMethod.Pickup);
        draft.Step = CheckoutStep.Comment;
        Press(draft, CheckoutPressKind.Back);
        Assert.Equal(CheckoutStep.Delivery, draft.Step);
    }

    [Fact]
    public void Back_and_cancel_typed_from_the_phone_keyboard_work_there()
    {
        var draft = Drafts.Started();
        draft.Step = CheckoutStep.Phone;
        draft.AwaitingTextSince = Drafts.Now;
        Type(draft, English.BackButton);
        Assert.Equal(CheckoutStep.Name, draft.Step);
        draft.Step = CheckoutStep.Phone;
        Assert.Equal(CheckoutOutcomeKind.Cancelled, Type(draft, English.CancelButton).Kind);
    }

    [Theory]
    [InlineData(CheckoutStep.Name, "", InputProblem.NameInvalid)]
    [InlineData(CheckoutStep.Name, "12345", InputProblem.NameInvalid)]
    [InlineData(CheckoutStep.Phone, "not a number", InputProblem.PhoneInvalid)]
    [InlineData(CheckoutStep.Address, "Flat", InputProblem.AddressLength)]
    public void Invalid_text_is_refused_and_changes_nothing(CheckoutStep step, string text, InputProblem problem)
    {
        var draft = Drafts.Started();
        draft.Step = step;
        draft.AwaitingTextSince = Drafts.Now;

        Assert.Equal(CheckoutOutcome.Refused(problem), Type(draft, text));
        Assert.Equal(step, draft.Step);
        Assert.Null(CheckoutRules.Value(draft, step));
    }

    [Theory]
    [InlineData(CheckoutStep.Name, CheckoutRules.MaxNameLength + 1, InputProblem.NameInvalid)]
    [InlineData(CheckoutStep.Phone, 4000, InputProblem.PhoneInvalid)]
    [InlineData(CheckoutStep.Address, CheckoutRules.MaxAddressLength + 1, InputProblem.AddressLength)]
    [InlineData(CheckoutStep.Comment, CheckoutRules.MaxCommentLength + 1, InputProblem.CommentTooLong)]
    public void Oversize_text_is_refused(CheckoutStep step, int length, InputProblem problem)
    {
        var draft = Drafts.Started();
        draft.Step = step;
        draft.AwaitingTextSince = Drafts.Now;
        Assert.Equal(CheckoutOutcome.Refused(problem), Type(draft, new string('7', length).Insert(0, "A")));
        Assert.Equal(step, draft.Step);
    }

    [Fact]
    public void A_text_when_no_step_waits_for_one_is_told_to_use_the_buttons_and_without_a_checkout_is_not_an_answer()
    {
        var draft = Drafts.Started();
        Assert.Equal(CheckoutOutcome.Refused(InputProblem.UseTheButtons), Type(draft, "Anna"));
        Assert.Equal(CheckoutOutcome.Refused(InputProblem.UseTheButtons), Type(Drafts.ReadyToConfirm(), "yes"));
        var leftAlone = Drafts.ReadyToConfirm();
        leftAlone.UpdatedAt = Drafts.Now - CheckoutRules.ButtonStepHold - TimeSpan.FromSeconds(1);
        Assert.Equal(CheckoutOutcomeKind.Ignored, Type(leftAlone, "hello, a question").Kind);
        Assert.Equal(CheckoutOutcomeKind.Ignored, CheckoutRules.Text(null, "Anna", English, Drafts.Both, Drafts.Now).Kind);
    }

    [Fact]
    public void Someone_elses_contact_is_refused()
    {
        var draft = Drafts.Started();
        draft.Step = CheckoutStep.Phone;
        Assert.Equal(CheckoutOutcome.Refused(InputProblem.ContactNotOwn), CheckoutRules.Contact(draft, Contact(42, 43), Drafts.Both, Drafts.Now));
        Assert.Equal(CheckoutOutcome.Refused(InputProblem.ContactNotOwn), CheckoutRules.Contact(draft, Contact(42, null), Drafts.Both, Drafts.Now));
        Assert.Null(draft.Phone);
    }

    [Fact]
    public void A_contact_outside_the_phone_step_is_not_an_answer()
    {
        var draft = Drafts.Started();
        Assert.Equal(CheckoutOutcomeKind.Ignored, CheckoutRules.Contact(draft, Contact(42, 42), Drafts.Both, Drafts.Now).Kind);
    }

    [Fact]
    public void The_same_details_as_last_time_skip_to_confirm()
    {
        var draft = Drafts.Started();
        var saved = new CustomerContact { UserId = 42, Name = "Anna", Phone = "+447700900123", Delivery = DeliveryMethod.Delivery, Address = "10 Downing St" };
        Press(draft, CheckoutPressKind.UseSaved, saved);
        Assert.Equal(CheckoutStep.Confirm, draft.Step);
        Assert.Equal(CheckoutOutcomeKind.Confirmed, Press(draft, CheckoutPressKind.Confirm, saved).Kind);
    }

    [Fact]
    public void Saved_details_for_a_method_no_longer_offered_are_not_reused()
    {
        var saved = new CustomerContact { UserId = 42, Name = "Anna", Phone = "+447700900123", Delivery = DeliveryMethod.Pickup };
        Assert.False(CheckoutRules.CanReuse(saved, Drafts.DeliveryOnly));
        Assert.True(CheckoutRules.CanReuse(saved, Drafts.PickupOnly));
    }

    [Fact]
    public void The_order_is_a_snapshot_of_the_draft()
    {
        var draft = Drafts.ReadyToConfirm();
        CheckoutRules.Submit(draft, 1042, Drafts.Now);
        var order = CheckoutRules.Order(draft, Drafts.Both);

        Assert.Equal(draft.CheckoutId, order.OrderId);
        Assert.Equal(1042, order.Number);
        Assert.Equal(42, order.CustomerId);
        Assert.Equal("Anna Smith", order.CustomerName);
        Assert.Equal("anna", order.CustomerUsername);
        Assert.Equal("GBP", order.Currency);
        Assert.Equal([Drafts.Mug, Drafts.Tea], order.Lines);
        Assert.Equal(new OrderContact("Anna Smith", "+447700900123", DeliveryMethod.Delivery, "10 Downing Street, London SW1A 2AA", "Ring twice"), order.Contact);
    }

    [Fact]
    public void Lines_without_a_quantity_are_not_taken_into_a_checkout()
    {
        var lines = CheckoutRules.Snapshot([Drafts.Mug, Drafts.Tea with { Quantity = 0 }, Drafts.Tea with { UnitPriceMinor = -1 }]);
        Assert.Equal([Drafts.Mug], lines);
    }
}
