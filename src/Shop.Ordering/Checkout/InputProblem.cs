namespace Shop.Ordering.Checkout;

/// <summary>Why a typed or shared answer was refused; each has its own explanation for the customer.</summary>
public enum InputProblem
{
    None,
    NameInvalid,
    PhoneInvalid,
    ContactNotOwn,
    AddressLength,
    CommentTooLong,

    /// <summary>A text at a step that is answered with its buttons (delivery, confirmation).</summary>
    UseTheButtons,
}
