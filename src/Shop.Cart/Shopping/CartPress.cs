namespace Shop.Cart.Shopping;

/// <summary>A cart button's data once read and checked; <see cref="ProductId"/> and <see cref="Quantity"/> only where the kind has them.</summary>
public sealed record CartPress(CartPressKind Kind, Guid ProductId = default, int Quantity = 0);
