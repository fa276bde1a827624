namespace Shop.Catalog.Tests;

/// <summary>The Catalog worker with <c>Shop:Sandbox</c> on.</summary>
public sealed class DemoCatalogUnderTest : CatalogUnderTest
{
    protected override bool Sandbox => true;
}
