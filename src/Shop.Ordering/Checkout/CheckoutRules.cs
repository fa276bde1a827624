using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>
/// The checkout's rules, applied to a loaded draft without a database so they can be tested directly. The consumers lock
/// the draft, call one of these, and show what the outcome says.
/// </summary>
public static class CheckoutRules
{
    public const int MaxNameLength = 100;
    public const int MinAddressLength = 5;
    public const int MaxAddressLength = 300;
    public const int MaxCommentLength = 300;

    /// <summary>Lines one checkout takes; the Cart holds at most 20, so this only bounds a broken or forged request.</summary>
    public const int MaxLines = 50;

    /// <summary>The lines worth ordering from a request: a positive quantity at a price that is not negative.</summary>
    public static List<OrderLine> Snapshot(IReadOnlyList<OrderLine> lines) =>
        lines.Where(line => line.Quantity > 0 && line.UnitPriceMinor >= 0).Take(MaxLines).ToList();

    /// <summary>Starts <paramref name="draft"/> afresh from the request (a new draft, or one replacing an older checkout).</summary>
    public static void Start(CheckoutDraft draft, CheckoutRequested request, IReadOnlyList<OrderLine> lines, DateTimeOffset now)
    {
        draft.UserId = request.Customer.Id;
        draft.CheckoutId = request.CheckoutId;
        draft.ChatId = request.ChatId;
        draft.MessageId = request.MessageId;
        draft.Language = CheckoutTexts.For(request.Customer.LanguageCode).Language;
        draft.CustomerName = TelegramName(request.Customer);
        draft.CustomerUsername = request.Customer.Username is { Length: <= 64 } username ? username : null;
        draft.Currency = request.Currency;
        draft.Lines = lines.ToList();
        draft.Step = CheckoutStep.Summary;
        draft.AwaitingTextSince = null;
        draft.Name = null;
        draft.Phone = null;
        draft.Delivery = null;
        draft.Address = null;
        draft.Comment = null;
        draft.OrderNumber = null;
        draft.SubmittedAt = null;
        // The request's own time, so a request overtaken by a newer one can be recognised as older.
        draft.StartedAt = request.RequestedAt;
        draft.UpdatedAt = now;
    }

    /// <summary>A checkout button. The draft is the presser's own (looked up by who pressed), never one named by the button.</summary>
    public static CheckoutOutcome Press(CheckoutDraft? draft, CheckoutPress press, CustomerContact? saved, CheckoutSettings settings,
        DateTimeOffset now)
    {
        if (draft is null || draft.CheckoutId != press.CheckoutId) return CheckoutOutcome.NotOpen;
        if (draft.IsSubmitted) return CheckoutOutcome.AlreadyPlaced;
        if (press.Kind == CheckoutPressKind.Cancel) return Cancel(draft);
        // A second tap, or a button of a screen the checkout has left: show where it is now rather than act twice.
        if (press.Step != draft.Step) return MoveTo(draft, draft.Step, settings, now);
        switch (press.Kind)
        {
            case CheckoutPressKind.Continue:
                return MoveOn(draft, settings, now);
            case CheckoutPressKind.UseSaved:
                if (saved is null || !CanReuse(saved, settings)) return MoveTo(draft, draft.Step, settings, now);
                draft.Name = saved.Name;
                draft.Phone = saved.Phone;
                draft.Delivery = saved.Delivery;
                draft.Address = saved.Delivery == DeliveryMethod.Delivery ? saved.Address : null;
                draft.Comment = null;
                return MoveTo(draft, FirstMissing(draft, settings) ?? CheckoutStep.Confirm, settings, now);
            case CheckoutPressKind.UseTelegramName:
                if (!TryReadName(draft.CustomerName, out var name)) return MoveTo(draft, draft.Step, settings, now);
                draft.Name = name;
                return MoveOn(draft, settings, now);
            case CheckoutPressKind.Keep:
                return Value(draft, draft.Step) is null ? MoveTo(draft, draft.Step, settings, now) : MoveOn(draft, settings, now);
            case CheckoutPressKind.ChooseDelivery:
            case CheckoutPressKind.ChoosePickup:
                var method = press.Kind == CheckoutPressKind.ChooseDelivery ? DeliveryMethod.Delivery : DeliveryMethod.Pickup;
                if (!settings.Offers(method)) return MoveTo(draft, draft.Step, settings, now);
                draft.Delivery = method;
                return MoveOn(draft, settings, now);
            case CheckoutPressKind.SkipComment:
                draft.Comment = null;
                return MoveOn(draft, settings, now);
            case CheckoutPressKind.Confirm:
                // Only a settings change while the customer was on the way can leave a gap; they fill it in first.
                return FirstMissing(draft, settings) is { } missing ? MoveTo(draft, missing, settings, now) : CheckoutOutcome.Confirmed;
            case CheckoutPressKind.Change:
                return MoveTo(draft, CheckoutStep.Name, settings, now);
            case CheckoutPressKind.Back:
                return MoveTo(draft, CheckoutSteps.Previous(draft.Step, draft.Delivery, settings), settings, now);
            default:
                throw new ArgumentOutOfRangeException(nameof(press), press.Kind, "Not a checkout press.");
        }
    }

    /// <summary>A text from the customer: the answer to the step shown, if that step waits for text; otherwise not ours.</summary>
    /// <summary>How long after the last step a text at a button step is still taken as meant for the checkout.</summary>
    public static readonly TimeSpan ButtonStepHold = TimeSpan.FromMinutes(30);

    public static CheckoutOutcome Text(CheckoutDraft? draft, string text, CheckoutTexts texts, CheckoutSettings settings, DateTimeOffset now)
    {
        if (draft is null || draft.IsSubmitted) return CheckoutOutcome.Ignored;
        // The checkout holds the conversation at every step, so "yes" or "delivery" typed at a button step is told how to go
        // on; once the checkout has been left alone for a while, such text is a question for the shop instead.
        if (draft.AwaitingTextSince is null || !CheckoutSteps.AsksForText(draft.Step))
            return now - draft.UpdatedAt <= ButtonStepHold ? CheckoutOutcome.Refused(InputProblem.UseTheButtons) : CheckoutOutcome.Ignored;
        switch (draft.Step)
        {
            case CheckoutStep.Name:
                if (!TryReadName(text, out var name)) return CheckoutOutcome.Refused(InputProblem.NameInvalid);
                draft.Name = name;
                return MoveOn(draft, settings, now);
            case CheckoutStep.Phone:
                // The phone step's Back and Cancel sit on the reply keyboard, which can only send their labels as text.
                if (text == texts.BackButton) return MoveTo(draft, CheckoutSteps.Previous(draft.Step, draft.Delivery, settings), settings, now);
                if (text == texts.CancelButton) return Cancel(draft);
                if (!PhoneNumbers.TryNormalize(text, out var phone)) return CheckoutOutcome.Refused(InputProblem.PhoneInvalid);
                draft.Phone = phone;
                return MoveOn(draft, settings, now);
            case CheckoutStep.Address:
                var address = text.Trim();
                if (address.Length is < MinAddressLength or > MaxAddressLength) return CheckoutOutcome.Refused(InputProblem.AddressLength);
                draft.Address = address;
                return MoveOn(draft, settings, now);
            default:
                var comment = text.Trim();
                if (comment.Length > MaxCommentLength) return CheckoutOutcome.Refused(InputProblem.CommentTooLong);
                draft.Comment = comment.Length == 0 ? null : comment;
                return MoveOn(draft, settings, now);
        }
    }

    /// <summary>A contact shared from the phone step: only the customer's own number is taken.</summary>
    public static CheckoutOutcome Contact(CheckoutDraft? draft, ContactShared contact, CheckoutSettings settings, DateTimeOffset now)
    {
        // A contact is an answer only while the phone is asked for; it comes only while the checkout holds the conversation.
        if (draft is null || draft.IsSubmitted || draft.Step != CheckoutStep.Phone) return CheckoutOutcome.Ignored;
        if (contact.ContactUserId != contact.From.Id) return CheckoutOutcome.Refused(InputProblem.ContactNotOwn);
        if (!PhoneNumbers.TryNormalize(contact.PhoneNumber, out var phone)) return CheckoutOutcome.Refused(InputProblem.PhoneInvalid);
        draft.Phone = phone;
        return MoveOn(draft, settings, now);
    }

    /// <summary>Marks the confirmed draft as the order <paramref name="number"/>; it stays, so a repeated confirmation is recognised.</summary>
    public static void Submit(CheckoutDraft draft, int number, DateTimeOffset now)
    {
        draft.OrderNumber = number;
        draft.SubmittedAt = now;
        draft.AwaitingTextSince = null;
        draft.UpdatedAt = now;
    }

    /// <summary>The command that starts the order's saga; the order's id is the checkout's.</summary>
    public static SubmitOrder Order(CheckoutDraft draft, CheckoutSettings settings)
    {
        if (draft.OrderNumber is not { } number || draft.SubmittedAt is not { } submittedAt)
            throw new InvalidOperationException("Only a submitted checkout becomes an order.");
        return new SubmitOrder(draft.CheckoutId, number, draft.UserId, draft.ChatId, draft.CustomerName, draft.CustomerUsername,
            draft.Language, draft.Currency, draft.Lines.ToList(), ContactOf(draft, settings), submittedAt);
    }

    public static OrderContact ContactOf(CheckoutDraft draft, CheckoutSettings settings)
    {
        var method = CheckoutSteps.Method(draft.Delivery, settings) ?? DeliveryMethod.Delivery;
        return new OrderContact(draft.Name ?? "", draft.Phone ?? "", method, method == DeliveryMethod.Delivery ? draft.Address : null,
            draft.Comment);
    }

    /// <summary>Keeps the submitted order's details for the customer's next checkout.</summary>
    public static void Remember(CustomerContact saved, CheckoutDraft draft, CheckoutSettings settings, DateTimeOffset now)
    {
        var contact = ContactOf(draft, settings);
        saved.UserId = draft.UserId;
        saved.Name = contact.Name;
        saved.Phone = contact.Phone;
        saved.Delivery = contact.Delivery;
        saved.Address = contact.Address;
        saved.UpdatedAt = now;
    }

    /// <summary>Saved details can skip the questions only when they still fit: their method is offered and has its address.</summary>
    public static bool CanReuse(CustomerContact saved, CheckoutSettings settings) =>
        settings.Offers(saved.Delivery)
        && (saved.Delivery != DeliveryMethod.Delivery || saved.Address is { Length: >= MinAddressLength and <= MaxAddressLength })
        && TryReadName(saved.Name, out _)
        && PhoneNumbers.TryNormalize(saved.Phone, out _);

    /// <summary>The first step whose answer the order still needs, or null when it can be confirmed.</summary>
    public static CheckoutStep? FirstMissing(CheckoutDraft draft, CheckoutSettings settings)
    {
        if (draft.Name is null) return CheckoutStep.Name;
        if (draft.Phone is null) return CheckoutStep.Phone;
        var method = CheckoutSteps.Method(draft.Delivery, settings);
        if (method is null || !settings.Offers(method.Value)) return CheckoutStep.Delivery;
        if (method == DeliveryMethod.Delivery && draft.Address is null) return CheckoutStep.Address;
        return null;
    }

    /// <summary>The name as it goes on the order: spaces and line breaks collapsed, 1 to 100 characters, at least one letter.</summary>
    public static bool TryReadName(string text, out string name)
    {
        name = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return name.Length is >= 1 and <= MaxNameLength && name.Any(char.IsLetter);
    }

    public static string TelegramName(TelegramUser user)
    {
        var name = string.IsNullOrWhiteSpace(user.LastName) ? user.FirstName : $"{user.FirstName} {user.LastName}";
        name = name.Trim();
        return name.Length <= 200 ? name : name[..200];
    }

    /// <summary>What the customer already gave on a step that asks for text, offered as "Keep" when they come back to it.</summary>
    public static string? Value(CheckoutDraft draft, CheckoutStep step) => step switch
    {
        CheckoutStep.Name => draft.Name,
        CheckoutStep.Phone => draft.Phone,
        CheckoutStep.Address => draft.Address,
        CheckoutStep.Comment => draft.Comment,
        _ => null,
    };

    static CheckoutOutcome MoveOn(CheckoutDraft draft, CheckoutSettings settings, DateTimeOffset now) =>
        MoveTo(draft, CheckoutSteps.Next(draft.Step, draft.Delivery, settings), settings, now);

    static CheckoutOutcome MoveTo(CheckoutDraft draft, CheckoutStep step, CheckoutSettings settings, DateTimeOffset now)
    {
        if (settings.Methods.Count == 1) draft.Delivery = settings.Methods[0];
        draft.Step = step;
        // Showing a text step (again) asks again, which also takes the text back from a worker that claimed it meanwhile.
        draft.AwaitingTextSince = CheckoutSteps.AsksForText(step) ? now : null;
        draft.UpdatedAt = now;
        return CheckoutOutcome.Shown;
    }

    static CheckoutOutcome Cancel(CheckoutDraft draft)
    {
        draft.AwaitingTextSince = null;
        return CheckoutOutcome.Cancelled;
    }
}
