namespace Shop.Catalog.Owner;

/// <summary>Why an owner's price could not be read.</summary>
public enum PriceProblem
{
    None,
    NotANumber,
    TooManyDecimals,
    OutOfRange,
}
