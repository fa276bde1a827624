using Microsoft.Extensions.Options;

namespace Shop.Catalog;

/// <summary>Fails start-up with one line naming the catalog setting that is malformed.</summary>
public sealed class CatalogOptionsValidator : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        if (options.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
            return ValidateOptionsResult.Fail("Catalog__Currency is malformed (expected a three-letter ISO 4217 code such as EUR)");
        if (options.PageSize is < 1 or > 20)
            return ValidateOptionsResult.Fail("Catalog__PageSize is out of range (1 to 20 products per page)");
        return ValidateOptionsResult.Success;
    }
}
