namespace Shop.Cart.Shopping;

/// <summary>The outcome of one cart button, with the product's title and the quantities, for the answer.</summary>
public sealed record CartChange(CartOutcome Outcome, string Title = "", int Added = 0, int InCart = 0);
