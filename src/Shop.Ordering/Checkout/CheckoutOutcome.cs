namespace Shop.Ordering.Checkout;

/// <summary>The outcome of one input to a checkout; <see cref="Problem"/> says why when it was refused.</summary>
public sealed record CheckoutOutcome(CheckoutOutcomeKind Kind, InputProblem Problem = InputProblem.None)
{
    public static readonly CheckoutOutcome Ignored = new(CheckoutOutcomeKind.Ignored);
    public static readonly CheckoutOutcome Shown = new(CheckoutOutcomeKind.Shown);
    public static readonly CheckoutOutcome Confirmed = new(CheckoutOutcomeKind.Confirmed);
    public static readonly CheckoutOutcome AlreadyPlaced = new(CheckoutOutcomeKind.AlreadyPlaced);
    public static readonly CheckoutOutcome NotOpen = new(CheckoutOutcomeKind.NotOpen);
    public static readonly CheckoutOutcome Cancelled = new(CheckoutOutcomeKind.Cancelled);

    public static CheckoutOutcome Refused(InputProblem problem) => new(CheckoutOutcomeKind.Refused, problem);
}
