namespace Shop.Cart.Shopping;

/// <summary>A sum of money in integer minor units of one currency.</summary>
public sealed record Amount(long Minor, string Currency);
