using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Owner;

/// <summary>What the owner is asked at each step of a flow, built from the step alone.</summary>
public static class OwnerView
{
    /// <summary>The question for <paramref name="step"/>; <paramref name="subject"/> names the product or category being changed.</summary>
    public static MessageContent Ask(CatalogTexts texts, OwnerStep step, string subject, IReadOnlyList<Category> categories) => step switch
    {
        OwnerStep.NewPhoto => new(texts.AskPhoto),
        OwnerStep.NewTitle => new(texts.AskTitle),
        OwnerStep.NewDescription => new(texts.AskDescription),
        OwnerStep.NewPrice => new(texts.AskPrice),
        OwnerStep.NewStock => new(texts.AskStock),
        OwnerStep.NewCategory => ChooseCategory(texts, categories),
        OwnerStep.EditPrice => new(string.Format(texts.AskNewPrice, subject)),
        OwnerStep.EditStock => new(string.Format(texts.AskNewStock, subject)),
        OwnerStep.EditTitle => new(string.Format(texts.AskNewTitle, subject)),
        OwnerStep.EditDescription => new(string.Format(texts.AskNewDescription, subject)),
        OwnerStep.EditPhoto => new(string.Format(texts.AskNewPhoto, subject)),
        OwnerStep.RenameCategory => new(string.Format(texts.AskCategoryTitle, subject)),
        OwnerStep.NewCategoryName => new(texts.AskNewCategoryName),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Idle asks nothing"),
    };

    /// <summary>The last step of a new product: one button per category, and one to make a new category first.</summary>
    public static MessageContent ChooseCategory(CatalogTexts texts, IReadOnlyList<Category> categories, string? notice = null)
    {
        var text = categories.Count == 0 ? texts.NoCategories : texts.AskCategory;
        if (notice is not null) text = $"{notice}\n\n{text}";
        var rows = categories.Select(category => new InlineButton(category.Title, CatalogCallback.Choose(category.Id))).Chunk(2)
            .Select(row => (IReadOnlyList<InlineButton>)row).ToList();
        rows.Add([new InlineButton(texts.NewCategoryButton, CatalogCallback.NewCategoryData)]);
        return new MessageContent(text, new InlineKeyboard(rows));
    }

    /// <summary>The question again, after a plain-words reason why the last answer was not taken.</summary>
    public static MessageContent Retry(string problem, MessageContent question) =>
        question with { Text = $"{problem}\n\n{question.Text}" };

    public static OwnerStep StepFor(ProductField field) => field switch
    {
        ProductField.Price => OwnerStep.EditPrice,
        ProductField.Stock => OwnerStep.EditStock,
        ProductField.Title => OwnerStep.EditTitle,
        ProductField.Description => OwnerStep.EditDescription,
        ProductField.Photo => OwnerStep.EditPhoto,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
