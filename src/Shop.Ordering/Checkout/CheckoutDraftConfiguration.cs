using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Contracts.Ordering;

namespace Shop.Ordering.Checkout;

/// <summary>Checkout drafts in <c>ordering.checkouts</c>, keyed by the customer; the lines are a snapshot kept as JSON.</summary>
public sealed class CheckoutDraftConfiguration : IEntityTypeConfiguration<CheckoutDraft>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CheckoutDraft> builder)
    {
        builder.ToTable("checkouts");
        builder.HasKey(c => c.UserId).HasName("pk_checkouts");
        builder.Property(c => c.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(c => c.CheckoutId).HasColumnName("checkout_id");
        builder.Property(c => c.ChatId).HasColumnName("chat_id");
        builder.Property(c => c.MessageId).HasColumnName("message_id");
        builder.Property(c => c.Language).HasColumnName("language").HasMaxLength(16);
        builder.Property(c => c.CustomerName).HasColumnName("customer_name").HasMaxLength(200);
        builder.Property(c => c.CustomerUsername).HasColumnName("customer_username").HasMaxLength(64);
        builder.Property(c => c.Currency).HasColumnName("currency").HasMaxLength(3);
        builder.Property(c => c.Lines).HasColumnName("lines").HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<List<OrderLine>>(json, Json) ?? new List<OrderLine>(),
            new ValueComparer<List<OrderLine>>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(),
                v => JsonSerializer.Deserialize<List<OrderLine>>(JsonSerializer.Serialize(v, Json), Json)!));
        builder.Property(c => c.Step).HasColumnName("step").HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.AwaitingTextSince).HasColumnName("awaiting_text_since");
        builder.Property(c => c.ReplyKeyboardShown).HasColumnName("reply_keyboard_shown");
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(CheckoutRules.MaxNameLength);
        builder.Property(c => c.Phone).HasColumnName("phone").HasMaxLength(PhoneNumbers.MaxNormalizedLength);
        builder.Property(c => c.Delivery).HasColumnName("delivery").HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Address).HasColumnName("address").HasMaxLength(CheckoutRules.MaxAddressLength);
        builder.Property(c => c.Comment).HasColumnName("comment").HasMaxLength(CheckoutRules.MaxCommentLength);
        builder.Property(c => c.OrderNumber).HasColumnName("order_number");
        builder.Property(c => c.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(c => c.StartedAt).HasColumnName("started_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.Ignore(c => c.TotalMinor);
        builder.Ignore(c => c.Units);
        builder.Ignore(c => c.IsSubmitted);
        builder.HasIndex(c => c.CheckoutId).IsUnique().HasDatabaseName("ux_checkouts_checkout_id");
    }
}
