using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Catalog.Data;

public sealed class SearchPromptConfiguration : IEntityTypeConfiguration<SearchPrompt>
{
    public void Configure(EntityTypeBuilder<SearchPrompt> builder)
    {
        builder.ToTable("search_prompts");
        builder.HasKey(p => p.UserId).HasName("pk_search_prompts");
        builder.Property(p => p.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(p => p.AskedAt).HasColumnName("asked_at");
    }
}
