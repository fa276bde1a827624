namespace Shop.Catalog.Tests;

/// <summary>Two Catalog workers on one database and one vhost, taking turns at the same queues as two replicas would.</summary>
public sealed class CompetingCatalogsUnderTest : CatalogUnderTest
{
    protected override int Instances => 2;
}
