using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Contracts.Ordering;

namespace Shop.Ordering.Orders;

/// <summary>Orders in <c>ordering.orders</c>: the lines and the history are snapshots kept as JSON beside the order they belong to.</summary>
public sealed class OrderStateConfiguration : IEntityTypeConfiguration<OrderState>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<OrderState> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(o => o.CorrelationId).HasName("pk_orders");
        builder.Property(o => o.CorrelationId).HasColumnName("order_id").ValueGeneratedNever();
        builder.Property(o => o.CurrentState).HasColumnName("status").HasMaxLength(32);
        builder.Property(o => o.Number).HasColumnName("number");
        builder.Property(o => o.CustomerId).HasColumnName("customer_id");
        builder.Property(o => o.ChatId).HasColumnName("chat_id");
        builder.Property(o => o.CustomerName).HasColumnName("customer_name").HasMaxLength(200);
        builder.Property(o => o.CustomerUsername).HasColumnName("customer_username").HasMaxLength(64);
        builder.Property(o => o.Language).HasColumnName("language").HasMaxLength(16);
        builder.Property(o => o.Currency).HasColumnName("currency").HasMaxLength(3);
        builder.Property(o => o.TotalMinor).HasColumnName("total_minor");
        JsonColumn(builder.Property(o => o.Lines).HasColumnName("lines"));
        builder.Property(o => o.ContactName).HasColumnName("contact_name").HasMaxLength(200);
        builder.Property(o => o.Phone).HasColumnName("phone").HasMaxLength(32);
        builder.Property(o => o.Delivery).HasColumnName("delivery").HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Address).HasColumnName("address").HasMaxLength(500);
        builder.Property(o => o.Comment).HasColumnName("comment").HasMaxLength(500);
        builder.Property(o => o.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(o => o.PlacedAt).HasColumnName("placed_at");
        builder.Property(o => o.UpdatedAt).HasColumnName("updated_at");
        builder.Property(o => o.HandledBy).HasColumnName("handled_by").HasMaxLength(200);
        builder.Property(o => o.Reason).HasColumnName("reason").HasMaxLength(1000);
        builder.Property(o => o.AlertChats).HasColumnName("alert_chats");
        JsonColumn(builder.Property(o => o.History).HasColumnName("history"));
        builder.Property(o => o.AcceptanceTimeoutTokenId).HasColumnName("acceptance_timeout_token_id");
        builder.Ignore(o => o.Contact);
        builder.HasIndex(o => o.Number).IsUnique().HasDatabaseName("ux_orders_number");
        builder.HasIndex(o => new { o.CustomerId, o.SubmittedAt }).HasDatabaseName("ix_orders_customer");
        builder.HasIndex(o => new { o.CurrentState, o.SubmittedAt }).HasDatabaseName("ix_orders_status");
    }

    static void JsonColumn<T>(PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!));
}
