namespace Shop.Catalog.Data;

/// <summary>
/// Where one owner is in a step-by-step flow (new product, one-field edit, category rename), with the draft so far.
/// After a flow ends the row stays <see cref="OwnerStep.Idle"/> and points at what was saved, so a redelivered last
/// reply can be answered again from state.
/// </summary>
public sealed class OwnerConversation
{
    public long OwnerId { get; set; }

    public OwnerStep Step { get; set; }

    /// <summary>The product being edited, or the one just saved.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>The category being renamed, or the one just saved.</summary>
    public Guid? CategoryId { get; set; }

    public string? DraftTitle { get; set; }

    public string? DraftDescription { get; set; }

    public string? DraftPhotoFileId { get; set; }

    public long? DraftPriceMinor { get; set; }

    public int? DraftStock { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Starts <paramref name="step"/> afresh, forgetting any draft.</summary>
    public void Start(OwnerStep step, Guid? productId = null, Guid? categoryId = null, DateTimeOffset? at = null)
    {
        Step = step;
        ProductId = productId;
        CategoryId = categoryId;
        DraftTitle = null;
        DraftDescription = null;
        DraftPhotoFileId = null;
        DraftPriceMinor = null;
        DraftStock = null;
        if (at is { } now) UpdatedAt = now;
    }
}
