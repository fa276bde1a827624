using System.Text;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Texts;
using Shop.Storefront;

namespace Shop.Ordering.Checkout;

/// <summary>The checkout's screens and answers, built from the draft alone so they can be tested without a bus.</summary>
public static class CheckoutView
{
    /// <summary>Titles are cut here, as in the cart, so a full order stays within Telegram's 4096 characters.</summary>
    public const int MaxTitleLength = 64;

    /// <summary>Lines listed one by one; the Cart sends at most 20, the rest would be summed up in one line.</summary>
    public const int MaxShownLines = 20;

    /// <summary>Values on buttons ("Keep: …") are cut here so a button stays one readable line.</summary>
    public const int MaxButtonValueLength = 32;

    /// <summary>The pickup address comes from configuration; it is cut here so no setting can push a screen over the limit.</summary>
    public const int MaxPickupAddressLength = 300;

    /// <summary>The screen of the step the draft is on.</summary>
    public static MessageContent Step(CheckoutTexts texts, CheckoutDraft draft, CustomerContact? saved, CheckoutSettings settings) =>
        draft.Step switch
        {
            CheckoutStep.Summary => Summary(texts, draft, saved, settings),
            CheckoutStep.Name => AskName(texts, draft),
            CheckoutStep.Phone => AskPhone(texts, draft),
            CheckoutStep.Delivery => AskDelivery(texts, draft, settings),
            CheckoutStep.Address => AskAddress(texts, draft),
            CheckoutStep.Comment => AskComment(texts, draft),
            _ => Confirm(texts, draft, settings),
        };

    /// <summary>What is being bought, with an offer to reuse the last order's details when they still fit.</summary>
    public static MessageContent Summary(CheckoutTexts texts, CheckoutDraft draft, CustomerContact? saved, CheckoutSettings settings)
    {
        var text = new StringBuilder(texts.SummaryTitle).Append("\n\n");
        AppendLines(text, texts, draft);
        text.Append("\n\n").Append(texts.SummaryNext);
        var reuse = saved is not null && CheckoutRules.CanReuse(saved, settings);
        if (reuse) text.Append("\n\n").Append(string.Format(texts.SavedDetails, SavedSummary(texts, saved!, settings)));
        var rows = new List<IReadOnlyList<InlineButton>> { new[] { new InlineButton(texts.ContinueButton, CheckoutButtons.Continue(draft.CheckoutId)) } };
        if (reuse) rows.Add([new InlineButton(texts.UseSavedButton, CheckoutButtons.UseSaved(draft.CheckoutId))]);
        rows.Add([new InlineButton(texts.BackToCartButton, Buttons.Cart), new InlineButton(texts.CancelButton, CheckoutButtons.Cancel(draft.CheckoutId))]);
        return new(text.ToString(), new InlineKeyboard(rows));
    }

    public static MessageContent AskName(CheckoutTexts texts, CheckoutDraft draft)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        var hasTelegramName = CheckoutRules.TryReadName(draft.CustomerName, out var telegramName);
        if (hasTelegramName)
            rows.Add([new InlineButton(string.Format(texts.UseNameButton, Shorten(telegramName, MaxButtonValueLength)),
                CheckoutButtons.UseTelegramName(draft.CheckoutId))]);
        if (draft.Name is { } name && !(hasTelegramName && name == telegramName))
            rows.Add([Keep(texts, draft, CheckoutStep.Name, name)]);
        rows.Add(BackAndCancel(texts, draft));
        return new($"{Header(texts, draft)}\n\n{texts.AskName}", new InlineKeyboard(rows));
    }

    /// <summary>
    /// A new message with a reply keyboard, the only way Telegram offers to share one's own number. It cannot carry
    /// inline buttons too, so Back and Cancel are reply buttons here, and the number given before is one to tap again.
    /// </summary>
    public static MessageContent AskPhone(CheckoutTexts texts, CheckoutDraft draft)
    {
        var rows = new List<IReadOnlyList<ReplyButton>> { new[] { new ReplyButton(texts.SharePhoneButton, RequestContact: true) } };
        if (draft.Phone is { } phone) rows.Add([new ReplyButton(phone)]);
        rows.Add([new ReplyButton(texts.BackButton), new ReplyButton(texts.CancelButton)]);
        return new($"{Header(texts, draft)}\n\n{texts.AskPhone}", ReplyKeyboard: new ReplyKeyboard(rows));
    }

    public static MessageContent AskDelivery(CheckoutTexts texts, CheckoutDraft draft, CheckoutSettings settings)
    {
        var text = new StringBuilder(Header(texts, draft)).Append("\n\n").Append(texts.AskDelivery);
        if (settings.Offers(DeliveryMethod.Pickup)) text.Append('\n').Append(string.Format(texts.PickupAt, PickupAddress(texts, settings)));
        var methods = settings.Methods.Select(method => method == DeliveryMethod.Pickup
            ? new InlineButton(texts.PickupButton, CheckoutButtons.ChoosePickup(draft.CheckoutId))
            : new InlineButton(texts.DeliveryButton, CheckoutButtons.ChooseDelivery(draft.CheckoutId))).ToList();
        return new(text.ToString(), new InlineKeyboard([methods, BackAndCancel(texts, draft)]));
    }

    public static MessageContent AskAddress(CheckoutTexts texts, CheckoutDraft draft)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        if (draft.Address is { } address) rows.Add([Keep(texts, draft, CheckoutStep.Address, address)]);
        rows.Add(BackAndCancel(texts, draft));
        return new($"{Header(texts, draft)}\n\n{texts.AskAddress}", new InlineKeyboard(rows));
    }

    public static MessageContent AskComment(CheckoutTexts texts, CheckoutDraft draft)
    {
        var rows = new List<IReadOnlyList<InlineButton>> { new[] { new InlineButton(texts.SkipButton, CheckoutButtons.SkipComment(draft.CheckoutId)) } };
        if (draft.Comment is { } comment) rows.Add([Keep(texts, draft, CheckoutStep.Comment, comment)]);
        rows.Add(BackAndCancel(texts, draft));
        return new($"{Header(texts, draft)}\n\n{texts.AskComment}", new InlineKeyboard(rows));
    }

    /// <summary>Everything the order will say, for one last look before it is placed.</summary>
    public static MessageContent Confirm(CheckoutTexts texts, CheckoutDraft draft, CheckoutSettings settings)
    {
        var text = new StringBuilder(texts.ConfirmTitle).Append("\n\n");
        AppendLines(text, texts, draft);
        text.Append("\n\n");
        AppendDetails(text, texts, draft, settings);
        return new(text.ToString().TrimEnd(), new InlineKeyboard([
            [new InlineButton(texts.ConfirmButton, CheckoutButtons.Confirm(draft.CheckoutId))],
            [new InlineButton(texts.ChangeButton, CheckoutButtons.Change(draft.CheckoutId))],
            BackAndCancel(texts, draft),
        ]));
    }

    /// <summary>
    /// An earlier screen once the checkout has moved on below it: what is known so far, without buttons, so only the newest
    /// screen can be answered.
    /// </summary>
    public static MessageContent Progress(CheckoutTexts texts, CheckoutDraft draft, CheckoutSettings settings)
    {
        var text = new StringBuilder(texts.SummaryTitle).Append("\n\n");
        AppendLines(text, texts, draft);
        text.Append("\n\n");
        AppendDetails(text, texts, draft, settings);
        return new(text.ToString().TrimEnd());
    }

    /// <summary>Shown in place of the confirmed checkout until the order's saga sends the receipt (or says what is short).</summary>
    public static MessageContent Placing(CheckoutTexts texts, int number) => new(string.Format(texts.Placing, number));

    public static MessageContent Cancelled(CheckoutTexts texts) =>
        new(texts.Cancelled, new InlineKeyboard([[new InlineButton(texts.CartButton, Buttons.Cart)]]));

    public static MessageContent NothingToBuy(CheckoutTexts texts) =>
        new(texts.NothingToBuy, new InlineKeyboard([[new InlineButton(texts.CartButton, Buttons.Cart)]]));

    /// <summary>Why a typed or shared answer was refused.</summary>
    public static MessageContent Problem(CheckoutTexts texts, InputProblem problem) => new(problem switch
    {
        InputProblem.NameInvalid => string.Format(texts.NameInvalid, CheckoutRules.MaxNameLength),
        InputProblem.PhoneInvalid => texts.PhoneInvalid,
        InputProblem.ContactNotOwn => texts.ContactNotOwn,
        InputProblem.AddressLength => string.Format(texts.AddressLength, CheckoutRules.MinAddressLength, CheckoutRules.MaxAddressLength),
        InputProblem.CommentTooLong => string.Format(texts.CommentTooLong, CheckoutRules.MaxCommentLength),
        InputProblem.UseTheButtons => texts.UseTheButtons,
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Not a refusal."),
    });

    public static AnswerButtonPress Alert(string callbackQueryId, string text) => new(callbackQueryId, text, ShowAlert: true);

    public static string Total(CheckoutTexts texts, CheckoutDraft draft) => Money.Format(draft.TotalMinor, draft.Currency, texts.Language);

    /// <summary>"🧾 Checkout · 3 items, $37.50": what the questions are about, once the list itself has scrolled away.</summary>
    static string Header(CheckoutTexts texts, CheckoutDraft draft) =>
        $"{texts.SummaryTitle} · {texts.Items(draft.Units)}, {Total(texts, draft)}";

    static void AppendLines(StringBuilder text, CheckoutTexts texts, CheckoutDraft draft)
    {
        var shown = Math.Min(draft.Lines.Count, MaxShownLines);
        for (var i = 0; i < shown; i++)
        {
            var line = draft.Lines[i];
            var price = string.Format(texts.LinePrice, line.Quantity, Money.Format(line.UnitPriceMinor, draft.Currency, texts.Language),
                Money.Format(line.UnitPriceMinor * line.Quantity, draft.Currency, texts.Language));
            text.Append(i + 1).Append(". ").Append(Shorten(line.Title, MaxTitleLength)).Append("\n    ").Append(price).Append('\n');
        }
        if (draft.Lines.Count > shown) text.Append(string.Format(texts.MoreLines, draft.Lines.Count - shown)).Append('\n');
        text.Append('\n').Append(string.Format(texts.Total, Total(texts, draft), texts.Items(draft.Units)));
    }

    static void AppendDetails(StringBuilder text, CheckoutTexts texts, CheckoutDraft draft, CheckoutSettings settings)
    {
        if (draft.Name is { } name) text.Append(string.Format(texts.NameLine, name)).Append('\n');
        if (draft.Phone is { } phone) text.Append(string.Format(texts.PhoneLine, phone)).Append('\n');
        var method = CheckoutSteps.Method(draft.Delivery, settings);
        if (method == DeliveryMethod.Pickup) text.Append(string.Format(texts.PickupLine, PickupAddress(texts, settings))).Append('\n');
        else if (method == DeliveryMethod.Delivery && draft.Address is { } address) text.Append(string.Format(texts.DeliveryLine, address)).Append('\n');
        if (draft.Comment is { } comment) text.Append(string.Format(texts.CommentLine, comment)).Append('\n');
    }

    static string SavedSummary(CheckoutTexts texts, CustomerContact saved, CheckoutSettings settings)
    {
        var where = saved.Delivery == DeliveryMethod.Pickup
            ? string.Format(texts.PickupLine, PickupAddress(texts, settings))
            : string.Format(texts.DeliveryLine, saved.Address);
        return $"{saved.Name}, {saved.Phone}, {where}";
    }

    static string PickupAddress(CheckoutTexts texts, CheckoutSettings settings) =>
        settings.PickupAddress is { } address ? Shorten(address, MaxPickupAddressLength) : texts.PickupAddressUnknown;

    static InlineButton Keep(CheckoutTexts texts, CheckoutDraft draft, CheckoutStep step, string value) =>
        new(string.Format(texts.KeepButton, Shorten(value.ReplaceLineEndings(" "), MaxButtonValueLength)), CheckoutButtons.Keep(draft.CheckoutId, step));

    static InlineButton[] BackAndCancel(CheckoutTexts texts, CheckoutDraft draft) =>
    [
        new(texts.BackButton, CheckoutButtons.Back(draft.CheckoutId, draft.Step)),
        new(texts.CancelButton, CheckoutButtons.Cancel(draft.CheckoutId)),
    ];

    static string Shorten(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
