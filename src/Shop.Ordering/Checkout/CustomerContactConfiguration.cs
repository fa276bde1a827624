using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Ordering.Checkout;

/// <summary>Saved contact details in <c>ordering.customer_contacts</c>, one row per customer.</summary>
public sealed class CustomerContactConfiguration : IEntityTypeConfiguration<CustomerContact>
{
    public void Configure(EntityTypeBuilder<CustomerContact> builder)
    {
        builder.ToTable("customer_contacts");
        builder.HasKey(c => c.UserId).HasName("pk_customer_contacts");
        builder.Property(c => c.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(CheckoutRules.MaxNameLength);
        builder.Property(c => c.Phone).HasColumnName("phone").HasMaxLength(PhoneNumbers.MaxNormalizedLength);
        builder.Property(c => c.Delivery).HasColumnName("delivery").HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Address).HasColumnName("address").HasMaxLength(CheckoutRules.MaxAddressLength);
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
