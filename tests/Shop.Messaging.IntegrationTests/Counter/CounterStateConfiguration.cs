using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Messaging.IntegrationTests.Counter;

public sealed class CounterStateConfiguration : IEntityTypeConfiguration<CounterState>
{
    public void Configure(EntityTypeBuilder<CounterState> builder)
    {
        builder.ToTable("counters");
        builder.HasKey(s => s.CorrelationId).HasName("pk_counters");
        builder.Property(s => s.CorrelationId).HasColumnName("correlation_id").ValueGeneratedNever();
        builder.Property(s => s.CurrentState).HasColumnName("current_state").HasMaxLength(64);
        builder.Property(s => s.Label).HasColumnName("label").HasMaxLength(100);
        builder.Property(s => s.Count).HasColumnName("count");
        builder.HasIndex(s => s.Label).HasDatabaseName("ix_counters_label");
    }
}
