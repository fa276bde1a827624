namespace Shop.Catalog.Data;

/// <summary>What the catalog waits for from an owner next; stored by name.</summary>
public enum OwnerStep
{
    Idle,
    NewPhoto,
    NewTitle,
    NewDescription,
    NewPrice,
    NewStock,
    NewCategory,
    EditPrice,
    EditStock,
    EditTitle,
    EditDescription,
    EditPhoto,
    RenameCategory,

    /// <summary>At the category step of a new product, the owner chose to make a new category first.</summary>
    NewCategoryName,
}
